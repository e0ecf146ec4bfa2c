// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>

namespace lanterne {

/**
 * The Conflicts view: the operations the central database refused (a conflict on a field, or a
 * rejection with its reason), each with the agent's value and the server's, until the agent
 * chooses to keep the server's value or to send theirs again. Also the edits of another login
 * that this workstation no longer acts as (held: never sent under the present login), until that
 * login syncs again or someone discards them.
 */
class ConflictsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Role
    {
        OpIdRole = Qt::UserRole + 1,
        OperationRole,
        TicketIdRole,
        ReferenceRole,
        AuthorRole,
        TimeRole,
        ConflictRole,
        ExplanationRole,
        DetailRole,
        FieldsRole,
        CanResendRole,
        HeldRole,
        LoginRole
    };

    explicit ConflictsModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    Q_INVOKABLE void reload();
    /** Keeps the server's value (or acknowledges a refusal). */
    Q_INVOKABLE bool keepServer(const QString &opId);
    /** Sends the agent's value again, as a new operation. */
    Q_INVOKABLE bool resend(const QString &opId);
    /** Discards another login's edit that waits for it (never sent under this login). */
    Q_INVOKABLE bool discard(const QString &opId);

Q_SIGNALS:
    void countChanged();
    void lastErrorChanged();

private:
    void setError(const QString &message);

    QList<QVariantMap> m_rows;
    QString m_lastError;
};

} // namespace lanterne

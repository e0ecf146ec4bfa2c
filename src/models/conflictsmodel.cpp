// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictsmodel.h"

#include "session.h"
#include "storage/conflictlog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lanterne {

ConflictsModel::ConflictsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::pendingCountChanged, this, &ConflictsModel::reload);
    reload();
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConflictsModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {OpIdRole, "opId"},           {OperationRole, "operation"},     {TicketIdRole, "ticketId"},
        {ReferenceRole, "reference"}, {AuthorRole, "author"},           {TimeRole, "time"},
        {ConflictRole, "conflict"},   {ExplanationRole, "explanation"}, {DetailRole, "detail"},
        {FieldsRole, "fields"},       {CanResendRole, "canResend"},     {HeldRole, "held"},
        {LoginRole, "login"}};
    return names;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_rows[index.row()].value(QString::fromLatin1(roleNames().value(role)));
}

void ConflictsModel::setError(const QString &message)
{
    if (message != m_lastError) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void ConflictsModel::reload()
{
    Session *s = Session::instance();
    if (!s || s->state() != Session::State::Ready)
        return;
    ConflictLog log(s->store(), s->reference());
    const QList<RefusedOperation> ops = log.open();
    if (!log.lastError().isEmpty()) {
        setError(log.lastError());
        return;
    }
    QList<QVariantMap> rows;
    for (const RefusedOperation &op : ops) {
        QVariantList fields;
        for (const FieldConflict &f : op.fields)
            fields.append(QVariantMap{{u"field"_s, f.field},
                                      {u"label"_s, f.label},
                                      {u"yours"_s, f.yours},
                                      {u"server"_s, f.server},
                                      {u"base"_s, f.base},
                                      {u"conflicting"_s, f.conflicting}});
        rows.append(
            QVariantMap{{u"opId"_s, op.opId},
                        {u"operation"_s, op.operation},
                        {u"ticketId"_s, op.ticketId},
                        {u"reference"_s, op.reference},
                        {u"author"_s, s->agentName(op.author)},
                        {u"time"_s, QLocale().toString(op.deviceTime.toLocalTime(), u"dd/MM/yyyy HH:mm"_s)},
                        {u"conflict"_s, op.conflict},
                        {u"explanation"_s, op.explanation},
                        {u"detail"_s, op.detail},
                        {u"fields"_s, fields},
                        {u"canResend"_s, op.canResend},
                        {u"held"_s, op.held},
                        {u"login"_s, op.login}});
    }
    const bool countChange = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChange)
        Q_EMIT countChanged();
}

bool ConflictsModel::keepServer(const QString &opId)
{
    Session *s = Session::instance();
    if (!s)
        return false;
    const EditResult r = ConflictLog(s->store(), s->reference()).keepServer(opId, s->actor());
    setError(r.ok() ? QString() : r.message);
    reload();
    return r.ok();
}

bool ConflictsModel::discard(const QString &opId)
{
    Session *s = Session::instance();
    if (!s)
        return false;
    const EditResult r = ConflictLog(s->store(), s->reference()).discard(opId, s->actor());
    setError(r.ok() ? QString() : r.message);
    reload();
    return r.ok();
}

bool ConflictsModel::resend(const QString &opId)
{
    Session *s = Session::instance();
    if (!s)
        return false;
    const EditResult r = ConflictLog(s->store(), s->reference()).resend(opId, s->actor());
    setError(r.ok() ? QString() : r.message);
    reload();
    return r.ok();
}

} // namespace lanterne

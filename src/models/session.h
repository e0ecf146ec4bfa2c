// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "storage/bulkedit.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"

#include <memory>
#include <QFutureWatcher>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace lanterne {

/**
 * The workstation's session, shared by every page: the local store and its state (opening,
 * building the demo city, ready, error), who the user is, the reference data as lists for QML,
 * labels for codes, saved filters. Built in main.cpp and handed to QML as a singleton.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY stateChanged)
    /** What the user must know about the store once opened (edits lost, opened read-only), or empty. */
    Q_PROPERTY(QString storeWarning READ storeWarning NOTIFY storeWarningChanged)
    Q_PROPERTY(QString storePath READ storePath CONSTANT)
    Q_PROPERTY(int demoTickets READ demoTickets CONSTANT)
    Q_PROPERTY(QString municipalityName READ municipalityName NOTIFY municipalityChanged)
    Q_PROPERTY(QString userLogin READ userLogin NOTIFY userChanged)
    /** The user is the central database's login (with its role), not picked in a list. */
    Q_PROPERTY(bool centralUser READ centralUser NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY userChanged)
    Q_PROPERTY(QString userTeam READ userTeam NOTIFY userChanged)
    Q_PROPERTY(bool canSeePersonalData READ canSeePersonalData NOTIFY userChanged)
    Q_PROPERTY(bool canEditTickets READ canEditTickets NOTIFY userChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    /** The map's background on this workstation: {id, url, attribution, path} (Plan IGN by default). */
    Q_PROPERTY(QVariantMap mapTiles READ mapTiles NOTIFY mapTilesChanged)
    /** Refused operations (conflicts and rejections) the agent has not decided on yet. */
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY pendingCountChanged)
    /** The store holds the demo city (which never syncs; connecting replaces it). */
    Q_PROPERTY(bool demoCity READ demoCity NOTIFY pendingCountChanged)
    Q_PROPERTY(QVariantList agents READ agents CONSTANT)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList domains READ domains CONSTANT)
    Q_PROPERTY(QVariantList districts READ districts NOTIFY stateChanged)
    /** [{code, name}] of the communes the store holds, the home one first. */
    Q_PROPERTY(QVariantList municipalities READ municipalities NOTIFY stateChanged)
    Q_PROPERTY(QVariantList services READ services CONSTANT)
    Q_PROPERTY(QVariantList teams READ teams CONSTANT)
    Q_PROPERTY(QVariantList authorities READ authorities CONSTANT)
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    Q_PROPERTY(QVariantList priorities READ priorities CONSTANT)
    Q_PROPERTY(QVariantList channels READ channels CONSTANT)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(QVariantList savedFilters READ savedFilters NOTIFY savedFiltersChanged)
    /** What the last bulk action did, for its "Annuler" button; empty when there is nothing to undo. */
    Q_PROPERTY(QString bulkUndoLabel READ bulkUndoLabel NOTIFY bulkChanged)

public:
    enum class State
    {
        Opening,
        Building,
        Ready,
        Error
    };
    Q_ENUM(State)

    // Not default-constructible: Qt 6.4 would then build its own instance instead of calling create().
    explicit Session(const ReferenceData &reference, QObject *parent = nullptr);
    ~Session() override;

    /** The instance QML gets (set by main.cpp before the engine loads). */
    static Session *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Session *session);
    [[nodiscard]] static Session *instance();

    /** Opens the store at @p path; a missing store is created and filled with the demo city. */
    void start(const QString &path, int demoTickets = 20000);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] bool readOnly() const { return m_store.isReadOnly(); }
    [[nodiscard]] QString storeWarning() const { return m_storeWarning; }
    /** The user has read the store's warning. */
    Q_INVOKABLE void dismissStoreWarning();
    [[nodiscard]] QString storePath() const { return m_path; }
    [[nodiscard]] int demoTickets() const { return m_demoTickets; }
    [[nodiscard]] QString municipalityName() const;
    [[nodiscard]] QString userLogin() const { return m_actor.login; }
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString userRole() const;
    [[nodiscard]] QString userTeam() const { return m_actor.team; }
    [[nodiscard]] bool canSeePersonalData() const;
    [[nodiscard]] bool canEditTickets() const;
    [[nodiscard]] int pendingCount() const { return m_pendingCount; }
    [[nodiscard]] int conflictCount() const { return m_conflictCount; }
    [[nodiscard]] bool demoCity() const { return m_demoCity; }
    [[nodiscard]] QVariantList agents() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QVariantList domains() const;
    [[nodiscard]] QVariantList districts() const;
    [[nodiscard]] QVariantList municipalities() const;
    Q_INVOKABLE QString municipalityNameOf(const QString &code) const;
    [[nodiscard]] QVariantList services() const;
    [[nodiscard]] QVariantList teams() const;
    [[nodiscard]] QVariantList authorities() const;
    [[nodiscard]] QVariantList statuses() const;
    [[nodiscard]] QVariantList priorities() const;
    [[nodiscard]] QVariantList channels() const;
    [[nodiscard]] QVariantList kinds() const;
    [[nodiscard]] QVariantList savedFilters() const;

    Q_INVOKABLE bool setUser(const QString &login);
    [[nodiscard]] QVariantMap mapTiles() const;
    /** Checks and keeps the map's background; the error in words, empty when kept. */
    Q_INVOKABLE QString setMapTiles(const QVariantMap &tiles);
    /**
     * In central mode the user is the database login, with the role, team and municipality the
     * server maps it to (kept in the store for offline starts). An empty login: back to local.
     */
    void setCentralIdentity(const QString &login, const QString &role, const QString &team,
                            const QString &municipality);
    [[nodiscard]] bool centralUser() const { return m_centralUser; }
    Q_INVOKABLE void retry();
    Q_INVOKABLE QString statusLabel(const QString &code) const;
    Q_INVOKABLE QString statusClass(const QString &code) const;
    Q_INVOKABLE QString priorityLabel(const QString &code) const;
    Q_INVOKABLE QString roleLabel(const QString &code) const;
    Q_INVOKABLE QString channelLabel(const QString &code) const;
    Q_INVOKABLE QString categoryLabel(const QString &code) const;
    Q_INVOKABLE QString categoryColour(const QString &code) const;
    Q_INVOKABLE QString categoryIcon(const QString &code) const;
    Q_INVOKABLE QString serviceName(const QString &code) const;
    Q_INVOKABLE QString teamName(const QString &code) const;
    Q_INVOKABLE QString agentName(const QString &login) const;
    Q_INVOKABLE QString authorityName(const QString &code) const;
    /** A ticket's reference from its UUID (empty when unknown). */
    Q_INVOKABLE QString referenceOf(const QString &ticketId) const;
    Q_INVOKABLE QString districtName(const QString &municipality, const QString &code) const;
    /** Streets of the city matching @p text, each {address, district, latitude, longitude}. */
    Q_INVOKABLE QVariantList addressSuggestions(const QString &text, int limit = 8) const;
    /** Every status a bulk change may aim at, with the note it needs (the workflow decides per ticket). */
    Q_INVOKABLE QVariantList statusChoices() const;
    /**
     * Bulk actions on a selection (from the list, the map or the kanban): each ticket is one
     * checked operation; {done, refused, summary}. The last one can be undone.
     */
    Q_INVOKABLE QVariantMap bulkAssign(const QStringList &ids, const QVariant &service, const QVariant &team,
                                       const QVariant &agent);
    Q_INVOKABLE QVariantMap bulkSetStatus(const QStringList &ids, const QString &status, const QString &note,
                                          const QString &duplicateOf, const QString &forwardedTo);
    Q_INVOKABLE QVariantMap bulkSetPriority(const QStringList &ids, const QString &priority);
    Q_INVOKABLE QVariantMap bulkForward(const QStringList &ids, const QString &authority,
                                        const QString &note);
    Q_INVOKABLE QVariantMap undoBulk();
    /**
     * What is late, by service, under @p filter: [{service, serviceName, open, overdue,
     * overdueWeek, dueSoon, paused, oldestText, oldestReference}], the total last.
     */
    Q_INVOKABLE QVariantList lateReport(const QVariantMap &filter) const;
    [[nodiscard]] QString bulkUndoLabel() const;
    Q_INVOKABLE bool saveFilter(const QString &name, const QVariantMap &filter);
    Q_INVOKABLE bool deleteFilter(const QString &id);

    [[nodiscard]] LocalStore &store() { return m_store; }
    [[nodiscard]] TicketEditor &editor() { return *m_editor; }
    [[nodiscard]] const ReferenceData &reference() const { return m_ref; }
    [[nodiscard]] const Actor &actor() const { return m_actor; }

Q_SIGNALS:
    void stateChanged();
    void storeWarningChanged();
    void municipalityChanged();
    void progressChanged();
    void userChanged();
    void mapTilesChanged();
    void pendingCountChanged();
    void savedFiltersChanged();
    void bulkChanged();
    /** Shown as a passing message at the bottom of the window. */
    void notice(const QString &message);

private:
    void setState(State state, const QString &error = {});
    void openStore();
    void setStoreWarning(const QString &warning);
    void refreshPending();
    QVariantMap finishBulk(const BulkResult &result, bool keepForUndo);

    const ReferenceData &m_ref;
    std::optional<BulkResult> m_lastBulk;
    LocalStore m_store;
    std::unique_ptr<TicketEditor> m_editor;
    Actor m_actor;
    State m_state = State::Opening;
    QString m_error;
    QString m_storeWarning;
    QString m_path;
    int m_demoTickets = 20000;
    double m_progress = 0;
    int m_pendingCount = 0;
    int m_conflictCount = 0;
    bool m_demoCity = false;
    bool m_centralUser = false;
    QTimer m_poll;
    QFutureWatcher<QString> m_build;
    struct Street
    {
        QString name;
        QString municipality;
        QString district;
        QPointF position;
    };
    QList<Street> m_streets;
    QStringList m_municipalities; ///< in the store, the home one first
};

} // namespace lanterne

// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "demo/demogenerator.h"
#include "demo/demotext.h"
#include "domain/workflow.h"
#include "inboxmodel.h"
#include "map/tilesource.h"
#include "storage/conflictlog.h"
#include "storage/latereport.h"
#include "storage/ticketrepository.h"
#include "util/timeutil.h"

#include <atomic>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUi, "lanterne.ui")

namespace lanterne {
namespace {

Session *g_instance = nullptr;
std::atomic_bool g_cancelBuild{false};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

QString folded(const QString &s)
{
    QString out;
    const QString d = s.normalized(QString::NormalizationForm_D);
    out.reserve(d.size());
    for (QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out;
}

QPointF pointFor(const District &d, const QString &street)
{
    // A representative point of the street inside its district, stable from its name.
    const QByteArray h = QCryptographicHash::hash(street.toUtf8(), QCryptographicHash::Md5);
    quint64 seed = *reinterpret_cast<const quint64 *>(h.constData());
    const QRectF b = d.polygon.bounds();
    for (int i = 0; i < 64; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const QPointF p(b.left() + double((seed >> 11) % 10000) / 10000.0 * b.width(),
                        b.top() + double((seed >> 31) % 10000) / 10000.0 * b.height());
        if (d.polygon.contains(p))
            return p;
    }
    return d.seed;
}

} // namespace

Session::Session(const ReferenceData &reference, QObject *parent)
    : QObject(parent)
    , m_ref(reference)
{
    m_actor = {u"admin"_s, Role::Admin, {}};
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_state == State::Ready && m_store.pollExternalChanges())
            refreshPending();
    });
    connect(&m_store, &LocalStore::ticketsChanged, this, &Session::refreshPending);
    connect(&m_build, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_build.result();
        if (!error.isEmpty())
            setState(State::Error, error);
        else
            openStore();
    });
}

Session::~Session()
{
    g_cancelBuild = true;
    m_build.waitForFinished();
    if (g_instance == this)
        g_instance = nullptr;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Session::setInstance(Session *session)
{
    g_instance = session;
}
Session *Session::instance()
{
    return g_instance;
}

void Session::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcUi) << "session:" << error;
    Q_EMIT stateChanged();
    Q_EMIT municipalityChanged();
}

void Session::start(const QString &path, int demoTickets)
{
    m_path = path;
    m_demoTickets = demoTickets;
    // A file SQLite made and never wrote (a first start stopped at once) is a first start too.
    if (const QFileInfo info(path); info.exists() && (info.size() > 0 || !info.isFile())) {
        openStore();
        return;
    }
    // First start: build the demo city in the background, with progress.
    setState(State::Building);
    g_cancelBuild = false;
    m_progress = 0;
    QPointer<Session> self(this);
    m_build.setFuture(QtConcurrent::run([path, demoTickets, self]() -> QString {
        LocalStore store;
        const LocalStore::Result r = store.open(path, LocalStore::OpenMode::ReadWrite, true);
        if (!r)
            return r.message;
        demo::DemoOptions options;
        options.tickets = demoTickets;
        const auto result = demo::DemoGenerator::generate(store, options, [self](int done, int total) {
            const double p = total ? double(done) / total : 1.0;
            QMetaObject::invokeMethod(
                self.data(),
                [self, p] {
                    if (self) {
                        self->m_progress = p;
                        Q_EMIT self->progressChanged();
                    }
                },
                Qt::QueuedConnection);
            return !g_cancelBuild.load();
        });
        return result.ok ? QString() : result.message;
    }));
}

void Session::retry()
{
    if (m_state == State::Error)
        start(m_path, m_demoTickets);
}

void Session::openStore()
{
    setState(State::Opening);
    const LocalStore::Result r = m_store.open(m_path);
    if (!r) {
        setState(State::Error, r.message);
        return;
    }
    QStringList warnings;
    if (m_store.lostEdits() > 0)
        warnings.append(m_store.lostEditsMessage());
    if (m_store.isReadOnly() && !m_store.readOnlyReason().isEmpty())
        warnings.append(tr("Le magasin local est ouvert en lecture seule (%1) : vous pouvez consulter les "
                           "signalements, mais pas les modifier.")
                            .arg(m_store.readOnlyReason()));
    setStoreWarning(warnings.join(u'\n'));
    m_editor = std::make_unique<TicketEditor>(m_store, m_ref);
    const Agent *agent = m_ref.agent(m_store.setting(u"local_user"_s, u"admin"_s));
    if (agent)
        m_actor = {agent->login, agent->role, agent->team};
    // Connected to a central database: who the server said we are, last time.
    m_centralUser = false;
    if (!m_store.setting(u"central_url"_s).isEmpty()) {
        const auto role = codes::role(m_store.setting(u"central_role"_s));
        const QString login = m_store.setting(u"central_login"_s);
        if (role && !login.isEmpty()) {
            m_actor = {login, *role, m_store.setting(u"central_team"_s)};
            m_centralUser = true;
        }
    }
    // Street list of the municipalities the store holds.
    m_streets.clear();
    QSqlQuery q(m_store.database());
    m_municipalities.clear();
    if (q.exec(u"SELECT DISTINCT municipality FROM ticket ORDER BY municipality"_s))
        while (q.next())
            m_municipalities.append(q.value(0).toString());
    const QString home = m_store.setting(u"municipality"_s, u"93055"_s);
    m_municipalities.removeOne(home);
    m_municipalities.prepend(home);
    for (const QString &code : std::as_const(m_municipalities)) {
        const Municipality *m = m_ref.municipality(code);
        if (!m)
            continue;
        for (const District &d : m->districts)
            for (const QString &s : demo::DemoText::streets(m->code, d.code))
                m_streets.append({s, m->code, d.code, pointFor(d, s)});
    }
    refreshPending();
    m_poll.start();
    setState(State::Ready);
    Q_EMIT mapTilesChanged();
    Q_EMIT userChanged();
    Q_EMIT savedFiltersChanged();
}

void Session::setStoreWarning(const QString &warning)
{
    if (warning == m_storeWarning)
        return;
    m_storeWarning = warning;
    if (!warning.isEmpty())
        qCWarning(lcUi) << "store:" << warning;
    Q_EMIT storeWarningChanged();
}

void Session::dismissStoreWarning()
{
    setStoreWarning({});
}

void Session::refreshPending()
{
    TicketRepository repo(m_store);
    const int n = repo.pendingOperationCount();
    const int c = ConflictLog(m_store, m_ref).openCount();
    const bool demo = m_store.isOpen() && m_store.holdsDemoCity();
    if (n != m_pendingCount || c != m_conflictCount || demo != m_demoCity) {
        m_pendingCount = n;
        m_conflictCount = c;
        m_demoCity = demo;
        Q_EMIT pendingCountChanged();
    }
}

QString Session::municipalityName() const
{
    const Municipality *m =
        m_ref.municipality(m_store.isOpen() ? m_store.setting(u"municipality"_s, u"93055"_s) : u"93055"_s);
    return m ? m->name : QString();
}

QString Session::userName() const
{
    return m_ref.agentName(m_actor.login);
}
QString Session::userRole() const
{
    return codes::code(m_actor.role);
}
bool Session::canSeePersonalData() const
{
    return Workflow::canSeePersonalData(m_actor.role);
}
bool Session::canEditTickets() const
{
    return Workflow::canEditTicket(m_actor.role) && !m_store.isReadOnly();
}

void Session::setCentralIdentity(const QString &login, const QString &role, const QString &team,
                                 const QString &municipality)
{
    const auto r = codes::role(role);
    if (login.isEmpty() || !r) {
        // Local again: the user picked on this workstation.
        const Agent *agent = m_ref.agent(m_store.setting(u"local_user"_s, u"admin"_s));
        if (agent)
            m_actor = {agent->login, agent->role, agent->team};
        m_centralUser = false;
        Q_EMIT userChanged();
        Q_EMIT savedFiltersChanged();
        return;
    }
    // The sync thread has kept it in the store (SyncEngine::recordIdentity) before saying it.
    const bool same = m_centralUser && m_actor.login == login && m_actor.role == *r && m_actor.team == team;
    m_actor = {login, *r, team};
    m_centralUser = true;
    if (!municipality.isEmpty())
        Q_EMIT municipalityChanged(); // the window's title
    if (!same) {
        Q_EMIT userChanged();
        Q_EMIT savedFiltersChanged();
    }
}

QVariantMap Session::mapTiles() const
{
    const QString json = m_store.isOpen() ? m_store.setting(u"map_tiles"_s) : QString();
    const QVariantMap m = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
    return m.isEmpty() ? QVariantMap{{u"id"_s, u"ign"_s}} : m;
}

QString Session::setMapTiles(const QVariantMap &tiles)
{
    QString error;
    const map::TileSource source = map::TileSource::fromMap(tiles, &error);
    if (!error.isEmpty())
        return error;
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(source.toMap())).toJson(QJsonDocument::Compact);
    if (const auto r = m_store.setSetting(u"map_tiles"_s, QString::fromUtf8(json)); !r)
        return r.message;
    Q_EMIT mapTilesChanged();
    Q_EMIT notice(tr("Fond de carte : %1").arg(source.name));
    return {};
}

bool Session::setUser(const QString &login)
{
    const Agent *agent = m_ref.agent(login);
    if (!agent || login == m_actor.login)
        return agent != nullptr;
    m_actor = {agent->login, agent->role, agent->team};
    m_lastBulk.reset(); // another agent cannot undo this one's bulk action
    Q_EMIT bulkChanged();
    if (m_store.isOpen() && !m_store.isReadOnly()) {
        const LocalStore::Result r = m_store.setSetting(u"local_user"_s, login);
        if (!r)
            Q_EMIT notice(r.message);
    }
    Q_EMIT userChanged();
    Q_EMIT savedFiltersChanged();
    return true;
}

QVariantList Session::agents() const
{
    QVariantList out;
    for (const Agent &a : m_ref.agents())
        out.append(QVariantMap{{u"login"_s, a.login},
                               {u"name"_s, a.name},
                               {u"role"_s, codes::code(a.role)},
                               {u"roleLabel"_s, codes::label(a.role)},
                               {u"team"_s, a.team},
                               {u"service"_s, a.service}});
    return out;
}

QVariantList Session::categories() const
{
    QVariantList out;
    for (const Category &c : m_ref.categories())
        out.append(QVariantMap{{u"code"_s, c.code},
                               {u"label"_s, m_ref.categoryLabel(c.code)},
                               {u"domain"_s, c.domain},
                               {u"domainLabel"_s, m_ref.domainLabel(c.domain)},
                               {u"colour"_s, c.colour},
                               {u"icon"_s, categoryIcon(c.code)}});
    return out;
}

QVariantList Session::domains() const
{
    QVariantList out;
    for (const CategoryDomain &d : m_ref.domains())
        out.append(QVariantMap{{u"code"_s, d.code}, {u"label"_s, m_ref.domainLabel(d.code)}});
    return out;
}

QVariantList Session::districts() const
{
    // The districts of the municipalities the store holds, named with their commune when several.
    QVariantList out;
    for (const QString &code : m_municipalities) {
        const Municipality *m = m_ref.municipality(code);
        if (!m)
            continue;
        for (const District &d : m->districts)
            out.append(
                QVariantMap{{u"code"_s, d.code},
                            {u"name"_s, m_municipalities.size() > 1 ? m->name + u" – "_s + d.name : d.name},
                            {u"municipality"_s, m->code}});
    }
    return out;
}

QVariantList Session::municipalities() const
{
    QVariantList out;
    for (const QString &code : m_municipalities)
        out.append(QVariantMap{{u"code"_s, code}, {u"name"_s, municipalityNameOf(code)}});
    return out;
}

QString Session::municipalityNameOf(const QString &code) const
{
    const Municipality *m = m_ref.municipality(code);
    return m ? m->name : code;
}

QVariantList Session::services() const
{
    QVariantList out;
    for (const Service &s : m_ref.services())
        out.append(QVariantMap{{u"code"_s, s.code}, {u"name"_s, m_ref.serviceName(s.code)}});
    return out;
}

QVariantList Session::teams() const
{
    QVariantList out;
    for (const Team &t : m_ref.teams())
        out.append(QVariantMap{{u"code"_s, t.code}, {u"name"_s, t.name}, {u"service"_s, t.service}});
    return out;
}

QVariantList Session::authorities() const
{
    QVariantList out;
    for (const Authority &a : m_ref.authorities())
        out.append(QVariantMap{{u"code"_s, a.code}, {u"name"_s, a.name}});
    return out;
}

QVariantList Session::statuses() const
{
    QVariantList out;
    for (Status s : codes::allStatuses())
        out.append(QVariantMap{{u"code"_s, codes::code(s)},
                               {u"label"_s, codes::label(s)},
                               {u"statusClass"_s, codes::code(codes::statusClass(s))}});
    return out;
}

QVariantList Session::statusChoices() const
{
    QVariantList out;
    for (Status s : codes::allStatuses()) {
        if (s == Status::New)
            continue;
        const QString note = Workflow::noteCode(Workflow::noteFor(s));
        out.append(
            QVariantMap{{u"code"_s, codes::code(s)}, {u"label"_s, codes::label(s)}, {u"note"_s, note}});
    }
    return out;
}

QVariantMap Session::finishBulk(const BulkResult &result, bool keepForUndo)
{
    if (keepForUndo)
        m_lastBulk = result.done() > 0 ? std::optional<BulkResult>(result) : std::nullopt;
    else
        m_lastBulk.reset();
    Q_EMIT bulkChanged();
    QVariantList refused;
    for (const BulkResult::Refusal &r : result.refused)
        refused.append(
            QVariantMap{{u"id"_s, r.ticketId}, {u"reference"_s, r.reference}, {u"message"_s, r.message}});
    const QString summary = result.label + u" : "_s + result.summary();
    Q_EMIT notice(summary);
    return {{u"done"_s, result.done()},
            {u"refused"_s, refused},
            {u"summary"_s, summary},
            {u"failed"_s, result.failed}};
}

QVariantMap Session::bulkAssign(const QStringList &ids, const QVariant &service, const QVariant &team,
                                const QVariant &agent)
{
    auto opt = [](const QVariant &v) {
        return v.isNull() || !v.isValid() ? std::optional<QString>() : std::optional<QString>(v.toString());
    };
    BulkEdit bulk(m_store, *m_editor);
    return finishBulk(bulk.apply(Tr::tr("Affectation"), ids,
                                 [&](const QString &id) {
                                     return m_editor->assign(id, opt(service), opt(team), opt(agent),
                                                             m_actor);
                                 }),
                      true);
}

QVariantMap Session::bulkSetStatus(const QStringList &ids, const QString &status, const QString &note,
                                   const QString &duplicateOf, const QString &forwardedTo)
{
    const auto to = codes::status(status);
    if (!to)
        return finishBulk({}, false);
    BulkEdit bulk(m_store, *m_editor);
    return finishBulk(
        bulk.apply(Tr::tr("Statut « %1 »").arg(codes::label(*to)), ids,
                   [&](const QString &id) {
                       return m_editor->setStatus(id, *to, {note, duplicateOf, forwardedTo}, m_actor);
                   }),
        true);
}

QVariantMap Session::bulkSetPriority(const QStringList &ids, const QString &priority)
{
    const auto p = codes::priority(priority);
    if (!p)
        return finishBulk({}, false);
    BulkEdit bulk(m_store, *m_editor);
    return finishBulk(bulk.apply(Tr::tr("Priorité « %1 »").arg(codes::label(*p)), ids,
                                 [&](const QString &id) { return m_editor->setPriority(id, *p, m_actor); }),
                      true);
}

QVariantMap Session::bulkForward(const QStringList &ids, const QString &authority, const QString &note)
{
    BulkEdit bulk(m_store, *m_editor);
    return finishBulk(
        bulk.apply(Tr::tr("Transmission à %1").arg(m_ref.authorityName(authority)), ids,
                   [&](const QString &id) { return m_editor->forward(id, authority, note, m_actor); }),
        true);
}

QVariantMap Session::undoBulk()
{
    if (!m_lastBulk)
        return finishBulk({}, false);
    BulkEdit bulk(m_store, *m_editor);
    const BulkResult done = *m_lastBulk;
    return finishBulk(bulk.undo(done, m_actor), false);
}

QString Session::bulkUndoLabel() const
{
    if (!m_lastBulk)
        return {};
    return Tr::tr("%1 (%n signalement(s))", nullptr, m_lastBulk->done()).arg(m_lastBulk->label);
}

QVariantList Session::lateReport(const QVariantMap &filter) const
{
    QVariantList out;
    if (m_state != State::Ready)
        return out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const auto rows = LateReport::byService(
        m_store, now, TicketFilter::fromJson(QJsonObject::fromVariantMap(filter)), &error);
    if (!rows) {
        qCWarning(lcUi) << "late report:" << error;
        return out;
    }
    for (const LateRow &r : *rows) {
        QString name = r.service == "*"_L1   ? Tr::tr("Toute la ville")
                       : r.service == "-"_L1 ? Tr::tr("Sans service")
                                             : m_ref.serviceName(r.service);
        out.append(QVariantMap{
            {u"service"_s, r.service},
            {u"serviceName"_s, name},
            {u"open"_s, r.open},
            {u"overdue"_s, r.overdue},
            {u"overdueWeek"_s, r.overdueWeek},
            {u"dueSoon"_s, r.dueSoon},
            {u"paused"_s, r.paused},
            {u"oldestText"_s, r.oldestDue.isValid()
                                  ? InboxModel::deadlineText(DeadlineState::Overdue, r.oldestDue, now)
                                  : QString()},
            {u"oldestReference"_s, r.oldestReference}});
    }
    return out;
}

QVariantList Session::priorities() const
{
    QVariantList out;
    for (Priority p : codes::allPriorities())
        out.append(QVariantMap{{u"code"_s, codes::code(p)}, {u"label"_s, codes::label(p)}});
    return out;
}

QVariantList Session::channels() const
{
    QVariantList out;
    for (Channel c : codes::allChannels())
        out.append(QVariantMap{{u"code"_s, codes::code(c)}, {u"label"_s, codes::label(c)}});
    return out;
}

QVariantList Session::kinds() const
{
    QVariantList out;
    for (TicketKind k : codes::allKinds())
        out.append(QVariantMap{{u"code"_s, codes::code(k)}, {u"label"_s, codes::label(k)}});
    return out;
}

QVariantList Session::savedFilters() const
{
    QVariantList out;
    if (!m_store.isOpen())
        return out;
    TicketRepository repo(m_store);
    for (const SavedFilter &f : repo.savedFilters(m_actor.login))
        out.append(QVariantMap{
            {u"id"_s, f.id}, {u"name"_s, f.name}, {u"filter"_s, f.filter.toJson().toVariantMap()}});
    return out;
}

bool Session::saveFilter(const QString &name, const QVariantMap &filter)
{
    if (name.trimmed().isEmpty()) {
        Q_EMIT notice(Tr::tr("Donnez un nom au filtre."));
        return false;
    }
    if (LocalStore::Result r = m_store.beginWrite(); !r) {
        Q_EMIT notice(r.message);
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(u"INSERT INTO saved_filter (id, owner, name, filter, created_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (owner, name) DO UPDATE SET filter = excluded.filter"_s);
    q.addBindValue(newUuid());
    q.addBindValue(m_actor.login);
    q.addBindValue(name.trimmed());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(filter)).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        Q_EMIT notice(m_store.failure(q.lastError(), Tr::tr("Enregistrement du filtre")).message);
        m_store.rollback();
        return false;
    }
    if (LocalStore::Result r = m_store.commit(); !r) {
        Q_EMIT notice(r.message);
        return false;
    }
    Q_EMIT savedFiltersChanged();
    return true;
}

bool Session::deleteFilter(const QString &id)
{
    if (LocalStore::Result r = m_store.beginWrite(); !r) {
        Q_EMIT notice(r.message);
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(u"DELETE FROM saved_filter WHERE id = ? AND owner = ?"_s);
    q.addBindValue(id);
    q.addBindValue(m_actor.login);
    if (!q.exec()) {
        m_store.rollback();
        return false;
    }
    m_store.commit();
    Q_EMIT savedFiltersChanged();
    return true;
}

QString Session::statusLabel(const QString &code) const
{
    const auto s = codes::status(code);
    return s ? codes::label(*s) : code;
}

QString Session::statusClass(const QString &code) const
{
    const auto s = codes::status(code);
    return s ? codes::code(codes::statusClass(*s)) : QString();
}

QString Session::priorityLabel(const QString &code) const
{
    const auto p = codes::priority(code);
    return p ? codes::label(*p) : code;
}

QString Session::channelLabel(const QString &code) const
{
    const auto c = codes::channel(code);
    return c ? codes::label(*c) : code;
}

QString Session::categoryLabel(const QString &code) const
{
    return m_ref.categoryLabel(code);
}

QString Session::categoryColour(const QString &code) const
{
    const Category *c = m_ref.category(code);
    return c ? c->colour : u"#607d8b"_s;
}

QString Session::categoryIcon(const QString &code) const
{
    const Category *c = m_ref.category(code);
    return u"qrc:/lanterne/icons/categories/%1.svg"_s.arg(c ? c->icon : u"voirie"_s);
}

QString Session::roleLabel(const QString &code) const
{
    const auto r = codes::role(code);
    return r ? codes::label(*r) : code;
}

QString Session::serviceName(const QString &code) const
{
    return code.isEmpty() ? QString() : m_ref.serviceName(code);
}
QString Session::teamName(const QString &code) const
{
    return code.isEmpty() ? QString() : m_ref.teamName(code);
}
QString Session::agentName(const QString &login) const
{
    return login.isEmpty() ? QString() : m_ref.agentName(login);
}
QString Session::referenceOf(const QString &ticketId) const
{
    if (m_state != State::Ready)
        return {};
    const auto t = TicketRepository(m_store).ticket(ticketId);
    return t ? t->reference : QString();
}

QString Session::authorityName(const QString &code) const
{
    return code.isEmpty() ? QString() : m_ref.authorityName(code);
}
QString Session::districtName(const QString &municipality, const QString &code) const
{
    return code.isEmpty() ? QString() : m_ref.districtName(municipality, code);
}

QVariantList Session::addressSuggestions(const QString &text, int limit) const
{
    QVariantList out;
    const QString needle = folded(text.trimmed());
    if (needle.size() < 2)
        return out;
    // "12 rue Hoche": the number is kept, the street is searched.
    QString number;
    QString street = needle;
    const qsizetype space = needle.indexOf(u' ');
    if (space > 0 && needle.at(0).isDigit()) {
        number = text.trimmed().left(space);
        street = needle.mid(space + 1);
    }
    for (const Street &s : m_streets) {
        if (out.size() >= limit)
            break;
        if (!folded(s.name).contains(street))
            continue;
        const QString address = number.isEmpty() ? s.name : number + u' ' + s.name;
        out.append(QVariantMap{{u"address"_s, address},
                               {u"street"_s, s.name},
                               {u"district"_s, m_ref.districtName(s.municipality, s.district)},
                               {u"municipality"_s, m_ref.municipality(s.municipality)->name},
                               {u"latitude"_s, s.position.y()},
                               {u"longitude"_s, s.position.x()}});
    }
    return out;
}

} // namespace lanterne

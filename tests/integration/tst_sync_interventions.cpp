// SPDX-License-Identifier: GPL-3.0-or-later
// Field teams' interventions through the central database the run started: the office plans a
// team's day; the team reports its whole shift offline and it syncs as one batch; an office edit
// made meanwhile shows as a conflict and nothing is overwritten; reorders and cancellations reach
// every workstation; the server holds the rights whatever a workstation sends.
#include "domain/codes.h"
#include "storage/conflictlog.h"
#include "storage/interventions.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "sync/centraldatabase.h"
#include "sync/syncengine.h"
#include "testcluster.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUuid>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

struct Workstation
{
    LocalStore store;
    CentralDatabase central;
    Actor actor;
};

NewTicket pothole(int n)
{
    NewTicket t;
    t.category = u"nid_de_poule"_s;
    t.description = u"Nid-de-poule n° %1 sur la chaussée"_s.arg(n);
    t.latitude = 48.8935 + n * 0.0005;
    t.longitude = 2.4045 + n * 0.0004;
    t.address = u"%1 rue Hoche"_s.arg(n + 1);
    return t;
}

QByteArray jpeg(const QColor &color)
{
    QImage img(640, 480, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

class TestSyncInterventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void plannedDayReachesTheTeam();
    void shiftReportedOfflineSyncsAsOneBatch();
    void officeEditMeanwhileIsAConflict();
    void cancelledMeanwhileIsRefusedAndTakenBack();
    void reorderAndCancelReachEveryWorkstation();
    void serverHoldsTheRights();
    void firstSyncInSmallWindowsKeepsEveryIntervention();

private:
    std::unique_ptr<Workstation> workstation(const QString &name, const QString &login, const Actor &actor);
    QStringList planDay(Workstation &office, int count, const QDate &day);

    TestCluster m_cluster;
    QString m_db, m_suffix;
    QTemporaryDir m_dir;
    const QDate m_day = QDate::currentDate();
    const QString m_team = u"voirie-nord"_s;
};

std::unique_ptr<Workstation> TestSyncInterventions::workstation(const QString &name, const QString &login,
                                                                const Actor &actor)
{
    auto w = std::make_unique<Workstation>();
    const auto opened = w->store.open(m_dir.filePath(name + u".db"_s), LocalStore::OpenMode::ReadWrite, true);
    if (!opened)
        qWarning() << opened.message;
    const CentralUrl url = m_cluster.url(login + u'.' + m_suffix, m_db);
    w->store.setSetting(u"central_url"_s, url.display());
    if (const auto r = w->central.open(url, u"pw"_s); !r)
        qWarning() << r.message;
    w->actor = actor;
    return w;
}

void TestSyncInterventions::initTestCase()
{
    m_cluster = TestCluster::load();
    if (m_cluster.port == 0)
        QSKIP("no PostgreSQL test cluster (run through ctest, which starts one)");
    m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db = u"interventions_"_s + m_suffix;
    QVERIFY(m_cluster.createDatabase(m_db));
    CentralDatabase admin;
    QVERIFY(admin.open(m_cluster.url(m_cluster.superuser, m_db), m_cluster.superpass));
    QVERIFY(admin.init(ReferenceData::builtin()));
    for (const auto &[login, role, team] :
         {std::tuple{u"a1"_s, u"agent"_s, QString()}, std::tuple{u"a2"_s, u"agent"_s, QString()},
          std::tuple{u"f1"_s, u"field"_s, m_team}, std::tuple{u"f2"_s, u"field"_s, u"eclairage"_s}}) {
        const auto r = admin.addUser(login + u'.' + m_suffix, role, u"93055"_s, QString(), team, u"pw"_s);
        QVERIFY2(r, qPrintable(r.message));
    }
}

void TestSyncInterventions::cleanupTestCase()
{
    if (m_cluster.port == 0)
        return;
    m_cluster.dropDatabase(m_db);
}

QStringList TestSyncInterventions::planDay(Workstation &office, int count, const QDate &day)
{
    QStringList ids;
    TicketEditor editor(office.store);
    // Reported in the night: the team's actions come after.
    editor.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-8 * 3600); });
    Interventions interventions(office.store);
    for (int i = 0; i < count; ++i) {
        const EditResult created = editor.create(pothole(i), office.actor);
        if (!created.ok()) {
            qWarning() << created.message;
            return {};
        }
        const EditResult planned = interventions.plan(created.ticketId, m_team, day, office.actor);
        if (!planned.ok()) {
            qWarning() << planned.message;
            return {};
        }
        ids.append(planned.interventionId);
    }
    return ids;
}

void TestSyncInterventions::plannedDayReachesTheTeam()
{
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QDate day = m_day.addDays(1);
    const QStringList ids = planDay(*office, 3, day);
    QCOMPARE(ids.size(), 3);
    QVERIFY(Interventions(office->store).setPlannedTime(ids[1], QTime(9, 30), office->actor).ok());
    SyncEngine so(office->store, office->central);
    const auto pushed = so.syncOnce();
    QVERIFY2(pushed, qPrintable(pushed.message));
    QCOMPARE(pushed.report.rejected, 0);
    QCOMPARE(pushed.report.conflicts, 0);

    auto team = workstation(u"team"_s, u"f1"_s, {m_team, Role::Field, m_team});
    SyncEngine st(team->store, team->central);
    const auto pulled = st.syncOnce();
    QVERIFY2(pulled, qPrintable(pulled.message));
    const QList<PlannedIntervention> list = Interventions(team->store).day(m_team, day);
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list[i].id, ids[i]);
        QCOMPARE(list[i].position, i);
        QCOMPARE(list[i].ticketStatus, Status::Planned);
        QCOMPARE(list[i].address, u"%1 rue Hoche"_s.arg(i + 1));
        QCOMPARE(list[i].plannedTime, i == 1 ? QTime(9, 30) : QTime());
        QVERIFY(!list[i].pending);
    }
    // Another team sees none of them.
    auto other = workstation(u"other"_s, u"f2"_s, {u"eclairage"_s, Role::Field, u"eclairage"_s});
    SyncEngine sx(other->store, other->central);
    QVERIFY(sx.syncOnce());
    QSqlQuery q(other->store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM intervention"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestSyncInterventions::shiftReportedOfflineSyncsAsOneBatch()
{
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QStringList ids = planDay(*office, 6, m_day);
    QCOMPARE(ids.size(), 6);
    SyncEngine so(office->store, office->central);
    QVERIFY(so.syncOnce());
    auto team = workstation(u"team"_s, u"f1"_s, {m_team, Role::Field, m_team});
    SyncEngine st(team->store, team->central);
    QVERIFY(st.syncOnce());

    // The shift, offline: four done (one with its "after" photo), one not done, one impossible.
    Interventions shift(team->store);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-4 * 3600);
    for (int i = 0; i < 6; ++i) {
        InterventionReport r;
        r.result = i == 4   ? InterventionResult::NotDone
                   : i == 5 ? InterventionResult::Impossible
                            : InterventionResult::Done;
        if (i == 5)
            r.reason = u"Véhicule garé sur le nid-de-poule"_s;
        r.actedAt = start.addSecs(i * 1800);
        r.minutesSpent = 20 + i;
        if (i == 0) {
            r.materials = u"Enrobé à froid, 2 sacs"_s;
            r.afterPhoto = jpeg(QColor(60, 60, 60));
        }
        const EditResult e = shift.report(ids[i], r, team->actor);
        QVERIFY2(e.ok(), qPrintable(e.message));
    }
    for (const PlannedIntervention &p : shift.day(m_team, m_day))
        QVERIFY(p.pending);

    // Back at the depot: one sync sends the whole shift in one transaction of the server.
    const auto synced = st.syncOnce();
    QVERIFY2(synced, qPrintable(synced.message));
    // Six reports, four tickets fixed, one on hold; "not done" leaves its ticket as it was.
    QCOMPARE(synced.report.pushed, 11);
    QCOMPARE(synced.report.applied, 11);
    QCOMPARE(synced.report.conflicts, 0);
    QCOMPARE(synced.report.rejected, 0);
    CentralDatabase admin;
    QVERIFY(admin.open(m_cluster.url(m_cluster.superuser, m_db), m_cluster.superpass));
    QSqlQuery q(admin.database());
    QVERIFY(
        q.exec(u"SELECT count(*), count(DISTINCT received_at) FROM lanterne.receipt WHERE login = 'f1.%1' "
               "AND op_type IN ('report_intervention', 'set_status')"_s.arg(m_suffix)) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 11);
    QCOMPARE(q.value(1).toInt(), 1); // one server transaction: one batch
    for (const PlannedIntervention &p : shift.day(m_team, m_day))
        QVERIFY2(!p.pending, qPrintable(p.reference));

    // The office sees the shift: results, times, statuses, the photo's metadata.
    QVERIFY(so.syncOnce());
    Interventions seen(office->store);
    const QList<PlannedIntervention> day = seen.day(m_team, m_day);
    QCOMPARE(day.size(), 6);
    QCOMPARE(day[0].result, u"done"_s);
    QCOMPARE(day[0].materials, u"Enrobé à froid, 2 sacs"_s);
    QCOMPARE(day[0].minutesSpent, 20);
    QCOMPARE(day[0].actedAt.toSecsSinceEpoch(), start.toSecsSinceEpoch());
    QVERIFY(!day[0].afterPhoto.isEmpty());
    QCOMPARE(day[0].ticketStatus, Status::Fixed);
    QCOMPARE(day[4].result, u"not_done"_s);
    QCOMPARE(day[4].ticketStatus, Status::Planned);
    QCOMPARE(day[5].result, u"impossible"_s);
    QCOMPARE(day[5].reason, u"Véhicule garé sur le nid-de-poule"_s);
    QCOMPARE(day[5].ticketStatus, Status::Waiting);
    // The ticket's resolution is dated by the action, not by the sync.
    const auto fixed = TicketRepository(office->store).ticket(day[1].ticketId);
    QVERIFY(fixed && fixed->resolvedAt.isValid());
    QCOMPARE(fixed->resolvedAt.toSecsSinceEpoch(), start.addSecs(1800).toSecsSinceEpoch());
    QSqlQuery photo(office->store.database());
    photo.prepare(u"SELECT width, height, data IS NULL FROM intervention_photo WHERE id = ?"_s);
    photo.addBindValue(day[0].afterPhoto);
    QVERIFY(photo.exec() && photo.next());
    QCOMPARE(photo.value(0).toInt(), 640);
    QCOMPARE(photo.value(1).toInt(), 480);
    QVERIFY(photo.value(2).toBool()); // fetched when first shown
    const auto fetched = so.fetchPhotos({day[0].afterPhoto});
    QVERIFY2(fetched, qPrintable(fetched.message));
    QCOMPARE(fetched.report.pulledRows, 1);
    QVERIFY(!QImage::fromData(seen.afterPhoto(day[0].afterPhoto)).isNull());
    QVERIFY(!QImage::fromData(seen.afterPhoto(day[0].afterPhoto, true)).isNull());
    // The photo is not one of the ticket's.
    QCOMPARE(TicketRepository(office->store).ticket(day[0].ticketId)->photoCount, 0);
}

void TestSyncInterventions::officeEditMeanwhileIsAConflict()
{
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QDate day = m_day.addDays(-1);
    const QStringList ids = planDay(*office, 1, day);
    QCOMPARE(ids.size(), 1);
    SyncEngine so(office->store, office->central);
    QVERIFY(so.syncOnce());
    auto team = workstation(u"team"_s, u"f1"_s, {m_team, Role::Field, m_team});
    SyncEngine st(team->store, team->central);
    QVERIFY(st.syncOnce());
    const QString ticket = Interventions(team->store).intervention(ids[0])->ticketId;

    // The office closes the ticket (no further action) while the team is out without network.
    StatusNote why;
    why.text = u"Chaussée refaite par le département"_s;
    const EditResult closed =
        TicketEditor(office->store).setStatus(ticket, Status::NoFurtherAction, why, office->actor);
    QVERIFY2(closed.ok(), qPrintable(closed.message));
    QVERIFY(so.syncOnce());
    // The team reports it done, offline: its ticket shows fixed here for now.
    InterventionReport r;
    r.actedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    r.minutesSpent = 15;
    r.note = u"Rebouché"_s;
    QVERIFY(Interventions(team->store).report(ids[0], r, team->actor).ok());
    QCOMPARE(TicketRepository(team->store).ticket(ticket)->status, Status::Fixed);

    const auto synced = st.syncOnce();
    QVERIFY2(synced, qPrintable(synced.message));
    QCOMPARE(synced.report.applied, 1);   // the report is kept
    QCOMPARE(synced.report.conflicts, 1); // the status change is a conflict
    // Nothing overwritten: the ticket keeps the office's status, everywhere.
    QCOMPARE(TicketRepository(team->store).ticket(ticket)->status, Status::NoFurtherAction);
    QVERIFY(so.syncOnce());
    QCOMPARE(TicketRepository(office->store).ticket(ticket)->status, Status::NoFurtherAction);
    const auto reported = Interventions(office->store).intervention(ids[0]);
    QVERIFY(reported);
    QCOMPARE(reported->result, u"done"_s);
    QCOMPARE(reported->note, u"Rebouché"_s);
    // The team's Conflicts view shows it, with both statuses.
    ConflictLog log(team->store);
    QList<RefusedOperation> open = log.open();
    open.removeIf([&](const RefusedOperation &o) { return o.ticketId != ticket; });
    QCOMPARE(open.size(), 1);
    QVERIFY(open[0].conflict);
    QCOMPARE(open[0].opType, u"set_status"_s);
    bool statusShown = false;
    for (const FieldConflict &f : open[0].fields)
        if (f.field == "status"_L1) {
            statusShown = true;
            QVERIFY(f.conflicting);
            QCOMPARE(f.yours, codes::label(Status::Fixed));
            QCOMPARE(f.server, codes::label(Status::NoFurtherAction));
        }
    QVERIFY(statusShown);
}

void TestSyncInterventions::cancelledMeanwhileIsRefusedAndTakenBack()
{
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QDate day = m_day.addDays(-2);
    const QStringList ids = planDay(*office, 2, day);
    QCOMPARE(ids.size(), 2);
    SyncEngine so(office->store, office->central);
    QVERIFY(so.syncOnce());
    auto team = workstation(u"team"_s, u"f1"_s, {m_team, Role::Field, m_team});
    SyncEngine st(team->store, team->central);
    QVERIFY(st.syncOnce());

    QVERIFY(Interventions(office->store).cancel(ids[0], office->actor).ok());
    QVERIFY(so.syncOnce());
    InterventionReport r;
    r.actedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    r.afterPhoto = jpeg(QColor(20, 120, 20));
    QVERIFY(Interventions(team->store).report(ids[0], r, team->actor).ok());
    const auto synced = st.syncOnce();
    QVERIFY2(synced, qPrintable(synced.message));
    QCOMPARE(synced.report.rejected, 1);
    // The intervention left the team's day; the one after it moved up.
    const QList<PlannedIntervention> list = Interventions(team->store).day(m_team, day);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].id, ids[1]);
    QCOMPARE(list[0].position, 0);
    // The refusal is in the Conflicts view, explained; the photo taken is kept with it.
    ConflictLog log(team->store);
    QList<RefusedOperation> open = log.open();
    open.removeIf([](const RefusedOperation &o) { return o.opType != "report_intervention"_L1; });
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0].reason, u"intervention_cancelled"_s);
    QVERIFY(open[0].explanation.contains(u"retiré"_s));
    QVERIFY(!open[0].reference.isEmpty());
    QSqlQuery q(team->store.database());
    q.prepare(
        u"SELECT json_extract(payload, '$.after_photo.data') IS NOT NULL FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(open[0].opId);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).toBool());
}

void TestSyncInterventions::reorderAndCancelReachEveryWorkstation()
{
    auto a = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    auto b = workstation(u"office2"_s, u"a2"_s, {u"y.benali"_s, Role::Agent, {}});
    const QDate day = m_day.addDays(3);
    const QStringList ids = planDay(*a, 4, day);
    QCOMPARE(ids.size(), 4);
    SyncEngine sa(a->store, a->central), sb(b->store, b->central);
    QVERIFY(sa.syncOnce());
    QVERIFY(sb.syncOnce());
    QCOMPARE(Interventions(b->store).day(m_team, day).size(), 4);

    const QStringList order{ids[3], ids[1], ids[0], ids[2]};
    QVERIFY(Interventions(a->store).reorder(m_team, day, order, a->actor).ok());
    QVERIFY(Interventions(a->store).cancel(ids[1], a->actor).ok());
    const auto r = sa.syncOnce();
    QVERIFY2(r, qPrintable(r.message));
    QCOMPARE(r.report.rejected + r.report.conflicts, 0);
    QVERIFY(sb.syncOnce());
    QStringList seen;
    for (const PlannedIntervention &p : Interventions(b->store).day(m_team, day))
        seen << p.id;
    QCOMPARE(seen, (QStringList{ids[3], ids[0], ids[2]}));
    const QList<PlannedIntervention> list = Interventions(b->store).day(m_team, day);
    for (int i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].position, i);
}

void TestSyncInterventions::serverHoldsTheRights()
{
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QStringList ids = planDay(*office, 1, m_day.addDays(5));
    SyncEngine so(office->store, office->central);
    QVERIFY(so.syncOnce());
    const QString ticket = Interventions(office->store).intervention(ids[0])->ticketId;
    auto apply = [&](const QString &login, const QJsonObject &op) {
        CentralDatabase c;
        if (!c.open(m_cluster.url(login + u'.' + m_suffix, m_db), u"pw"_s))
            return QJsonObject();
        QSqlQuery q(c.database());
        q.prepare(u"SELECT lanterne.apply(?::jsonb)"_s);
        q.addBindValue(QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact)));
        if (!q.exec() || !q.next()) {
            qWarning() << q.lastError().text();
            return QJsonObject();
        }
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    };
    auto op = [](const QString &type, const QString &entity, const QJsonObject &payload) {
        return QJsonObject{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"op_type"_s, type},
                           {u"entity_id"_s, entity},
                           {u"payload"_s, payload}};
    };
    // A field team plans nothing and reorders nothing.
    const QJsonObject plan = apply(
        u"f1"_s,
        op(u"plan_intervention"_s, QUuid::createUuid().toString(QUuid::WithoutBraces),
           QJsonObject{{u"intervention"_s, QJsonObject{{u"ticket_id"_s, ticket},
                                                       {u"team"_s, m_team},
                                                       {u"scheduled_day"_s, m_day.toString(Qt::ISODate)},
                                                       {u"position"_s, 0}}}}));
    QCOMPARE(plan.value("reason"_L1).toString(), u"field_cannot_plan"_s);
    const QJsonObject move = apply(
        u"f1"_s, op(u"update_intervention"_s, ids[0],
                    QJsonObject{{u"fields"_s,
                                 QJsonObject{{u"position"_s, QJsonObject{{u"old"_s, 0}, {u"new"_s, 3}}}}}}));
    QCOMPARE(move.value("reason"_L1).toString(), u"field_cannot_plan"_s);
    // Another team does not even see it.
    const QJsonObject foreign =
        apply(u"f2"_s,
              op(u"report_intervention"_s, ids[0],
                 QJsonObject{{u"fields"_s, QJsonObject{{u"result"_s, QJsonObject{{u"old"_s, QJsonValue()},
                                                                                 {u"new"_s, u"done"_s}}}}}}));
    QCOMPARE(foreign.value("reason"_L1).toString(), u"not_found_or_out_of_scope"_s);
    // A report may set only a report's fields, and only known results.
    const QJsonObject sneaky = apply(
        u"f1"_s,
        op(u"report_intervention"_s, ids[0],
           QJsonObject{{u"fields"_s,
                        QJsonObject{{u"team"_s, QJsonObject{{u"old"_s, m_team}, {u"new"_s, u"asvp"_s}}}}}}));
    QCOMPARE(sneaky.value("status"_L1).toString(), u"rejected"_s);
    const QJsonObject bogus = apply(
        u"f1"_s,
        op(u"report_intervention"_s, ids[0],
           QJsonObject{{u"fields"_s, QJsonObject{{u"result"_s, QJsonObject{{u"old"_s, QJsonValue()},
                                                                           {u"new"_s, u"à moitié"_s}}}}}}));
    QCOMPARE(bogus.value("status"_L1).toString(), u"rejected"_s);
    // The team's own report is applied; sent twice, it is applied once.
    const QJsonObject good =
        op(u"report_intervention"_s, ids[0],
           QJsonObject{{u"fields"_s, QJsonObject{{u"result"_s, QJsonObject{{u"old"_s, QJsonValue()},
                                                                           {u"new"_s, u"not_done"_s}}}}}});
    QCOMPARE(apply(u"f1"_s, good).value("status"_L1).toString(), u"applied"_s);
    QVERIFY(apply(u"f1"_s, good).value("replayed"_L1).toBool());
    // A reported intervention is not cancelled.
    const QJsonObject cancel =
        apply(u"a2"_s, op(u"cancel_intervention"_s, ids[0], {{u"ticket_id"_s, ticket}}));
    QCOMPARE(cancel.value("reason"_L1).toString(), u"intervention_reported"_s);
}

void TestSyncInterventions::firstSyncInSmallWindowsKeepsEveryIntervention()
{
    // Tickets changed after their interventions were planned: in a pull window by window, each
    // ticket arrives after its intervention's revision.
    auto office = workstation(u"office"_s, u"a1"_s, {u"c.moreau"_s, Role::Agent, {}});
    const QDate day = m_day.addDays(7);
    const QStringList ids = planDay(*office, 4, day);
    QCOMPARE(ids.size(), 4);
    SyncEngine so(office->store, office->central);
    QVERIFY(so.syncOnce());
    for (const QString &id : ids) {
        const QString ticket = Interventions(office->store).intervention(id)->ticketId;
        QVERIFY(TicketEditor(office->store).setPriority(ticket, Priority::High, office->actor).ok());
    }
    QVERIFY(so.syncOnce());
    // A new workstation of the office, pulling one ticket per window.
    auto fresh = workstation(u"fresh"_s, u"a2"_s, {u"y.benali"_s, Role::Agent, {}});
    SyncEngine sf(fresh->store, fresh->central);
    const auto r = sf.pull(1);
    QVERIFY2(r, qPrintable(r.message));
    QStringList seen;
    for (const PlannedIntervention &p : Interventions(fresh->store).day(m_team, day)) {
        seen << p.id;
        // The tickets' whole history came with them, the rows written before their last change too.
        QStringList fields;
        for (const HistoryEntry &h : TicketRepository(fresh->store).history(p.ticketId))
            fields << h.field;
        QVERIFY2(fields.contains(u"created"_s) && fields.contains(u"priority"_s),
                 qPrintable(fields.join(u',')));
    }
    QCOMPARE(seen, ids);
}

QTEST_GUILESS_MAIN(TestSyncInterventions)
#include "tst_sync_interventions.moc"

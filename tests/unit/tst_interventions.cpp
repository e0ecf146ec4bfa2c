// SPDX-License-Identifier: GPL-3.0-or-later
// Field teams' interventions (storage/interventions.h, domain/interventionrules.h): planned by the
// office for a team and a day, in order; reported by the team at the end of its shift; the
// ticket follows the result, dated by the action's real time; each change is an operation of the
// outbox, written whole or not at all.
#include "demo/demogenerator.h"
#include "domain/interventionrules.h"
#include "storage/interventions.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <memory>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

const Actor kAgent{u"c.moreau"_s, Role::Agent, {}};
const Actor kField{u"voirie.nord"_s, Role::Field, u"voirie-nord"_s};
const Actor kOtherField{u"eclairage"_s, Role::Field, u"eclairage"_s};
const QDate kDay(2026, 7, 2);
const QDateTime kNow(QDate(2026, 7, 2), QTime(16, 0), Qt::UTC);

} // namespace

class TestInterventions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rules();
    void demoCityHasTheTeamsDays();
    void planGivesTheTicketToTheTeam();
    void planRefusals();
    void reorderAndCancel();
    void reportDoneFixesTheTicketAtTheActionTime();
    void reportImpossibleNeedsAReasonAndPutsOnHold();
    void reportNotDoneLeavesTheTicket();
    void reportKeepsTheResultWhenTheOfficeClosedTheTicket();
    void reportRefusals();
    void aRefusedStatusChangeWritesNothing();

private:
    [[nodiscard]] int count(const QString &sql) const;
    /** Open tickets of the demo city, not yet planned. */
    [[nodiscard]] QStringList openTickets(int n) const;
    [[nodiscard]] QJsonObject lastPayload(const QString &opType) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Interventions> m_interventions;
};

int TestInterventions::count(const QString &sql) const
{
    QSqlQuery q(m_store->database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList TestInterventions::openTickets(int n) const
{
    QSqlQuery q(m_store->database());
    q.exec(u"SELECT id FROM ticket WHERE status IN ('acknowledged', 'investigating') ORDER BY seq LIMIT %1"_s
               .arg(n));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

QJsonObject TestInterventions::lastPayload(const QString &opType) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT payload FROM outbox WHERE op_type = ? ORDER BY seq DESC LIMIT 1"_s);
    q.addBindValue(opType);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

void TestInterventions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>();
    const auto r = m_store->open(m_dir->filePath(u"store.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    demo::DemoOptions o;
    o.tickets = 300;
    o.seed = 7;
    o.until = QDate(2026, 6, 30);
    const auto d = demo::DemoGenerator::generate(*m_store, o);
    QVERIFY2(d.ok, qPrintable(d.message));
    m_interventions = std::make_unique<Interventions>(*m_store);
    m_interventions->setClock([] { return kNow; });
    // The other tests start from days with no stop: the demo city's are checked on their own.
    if (QByteArray(QTest::currentTestFunction()) != "demoCityHasTheTeamsDays")
        QVERIFY(QSqlQuery(m_store->database()).exec(u"DELETE FROM intervention"_s));
}

void TestInterventions::demoCityHasTheTeamsDays()
{
    // Written as synced rows: nothing waits to be sent.
    QVERIFY(count(u"SELECT count(*) FROM intervention"_s) > 0);
    QCOMPARE(count(u"SELECT count(*) FROM intervention WHERE revision IS NULL"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    // The past days: what the teams fixed, done when the ticket was resolved, by the ticket's team.
    QVERIFY(count(u"SELECT count(*) FROM intervention WHERE result = 'done'"_s) > 0);
    QCOMPARE(
        count(u"SELECT count(*) FROM intervention i JOIN ticket t ON t.id = i.ticket_id WHERE i.result = "
              "'done' AND (t.status_class <> 'fixed' OR i.acted_at <> t.resolved_at OR t.team <> i.team OR "
              "i.scheduled_day >= '2026-06-30')"_s),
        0);
    // Impossible: a reason, and the ticket on hold.
    QCOMPARE(
        count(u"SELECT count(*) FROM intervention i JOIN ticket t ON t.id = i.ticket_id WHERE i.result = "
              "'impossible' AND (i.reason = '' OR t.status <> 'waiting')"_s),
        0);
    // The next two working days: planned tickets of the team, not reported, in order, at a time.
    QVERIFY(!m_interventions->day(u"voirie-nord"_s, QDate(2026, 6, 30)).isEmpty());
    for (const QDate &day : {QDate(2026, 6, 30), QDate(2026, 7, 1)}) {
        const QList<PlannedIntervention> list = m_interventions->day(u"voirie-nord"_s, day);
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].position, i);
            QVERIFY(list[i].result.isEmpty());
            QVERIFY(list[i].plannedTime.isValid());
            QCOMPARE(list[i].ticketStatus, Status::Planned);
            QCOMPARE(list[i].ticketTeam, u"voirie-nord"_s);
        }
    }
    // The same arguments give the same days.
    LocalStore again;
    QVERIFY(again.open(m_dir->filePath(u"again.db"_s), LocalStore::OpenMode::ReadWrite, true));
    demo::DemoOptions o;
    o.tickets = 300;
    o.seed = 7;
    o.until = QDate(2026, 6, 30);
    QVERIFY(demo::DemoGenerator::generate(again, o).ok);
    auto rows = [](LocalStore &store) {
        QStringList out;
        QSqlQuery q(store.database());
        q.exec(
            u"SELECT id, ticket_id, scheduled_day, position, planned_time, result, acted_at, minutes_spent, "
            "materials FROM intervention ORDER BY id"_s);
        while (q.next()) {
            QStringList r;
            for (int c = 0; c < 9; ++c)
                r << q.value(c).toString();
            out << r.join(u'|');
        }
        return out;
    };
    QCOMPARE(rows(again), rows(*m_store));
}

void TestInterventions::cleanup()
{
    m_interventions.reset();
    m_store.reset();
    m_dir.reset();
}

void TestInterventions::rules()
{
    for (auto r : {InterventionResult::Done, InterventionResult::NotDone, InterventionResult::Impossible})
        QCOMPARE(InterventionRules::result(InterventionRules::code(r)), r);
    QVERIFY(!InterventionRules::result(u"fini"_s));
    QCOMPARE(InterventionRules::statusAfter(InterventionResult::Done, Status::Planned), Status::Fixed);
    QCOMPARE(InterventionRules::statusAfter(InterventionResult::Impossible, Status::Planned),
             Status::Waiting);
    QVERIFY(!InterventionRules::statusAfter(InterventionResult::Impossible, Status::Waiting));
    QVERIFY(!InterventionRules::statusAfter(InterventionResult::NotDone, Status::Planned));
    // Closed or fixed by the office meanwhile: its decision stands.
    QVERIFY(!InterventionRules::statusAfter(InterventionResult::Done, Status::Closed));
    QVERIFY(!InterventionRules::statusAfter(InterventionResult::Done, Status::Fixed));
    QVERIFY(InterventionRules::needsReason(InterventionResult::Impossible));
    QVERIFY(!InterventionRules::needsReason(InterventionResult::Done));
}

void TestInterventions::planGivesTheTicketToTheTeam()
{
    const QStringList ids = openTickets(3);
    QCOMPARE(ids.size(), 3);
    for (const QString &id : ids) {
        const EditResult r = m_interventions->plan(id, u"voirie-nord"_s, kDay, kAgent);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.interventionId.isEmpty());
    }
    const QList<PlannedIntervention> day = m_interventions->day(u"voirie-nord"_s, kDay);
    QCOMPARE(day.size(), 3);
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(day[k].ticketId, ids[k]); // in the order planned
        QCOMPARE(day[k].position, k);
        QCOMPARE(day[k].ticketStatus, Status::Planned);
        QVERIFY(day[k].result.isEmpty());
        QVERIFY(day[k].pending);
        const auto t = TicketRepository(*m_store).ticket(ids[k]);
        QCOMPARE(t->team, u"voirie-nord"_s);
        QCOMPARE(t->service, u"voirie"_s);
    }
    // One operation for the intervention, after the ticket's own (assign, set_status).
    QCOMPARE(
        count(
            u"SELECT count(*) FROM outbox WHERE op_type = 'plan_intervention' AND entity = 'intervention'"_s),
        3);
    const QJsonObject p = lastPayload(u"plan_intervention"_s).value(u"intervention"_s).toObject();
    QCOMPARE(p.value(u"ticket_id"_s).toString(), ids[2]);
    QCOMPARE(p.value(u"scheduled_day"_s).toString(), u"2026-07-02"_s);
    QCOMPARE(p.value(u"position"_s).toInt(), 2);
    QVERIFY(m_interventions->day(u"voirie-nord"_s, kDay.addDays(1)).isEmpty());
}

void TestInterventions::planRefusals()
{
    const QString id = openTickets(1).value(0);
    QCOMPARE(m_interventions->plan(id, u"voirie-nord"_s, kDay, kField).code, EditResult::Refused);
    QCOMPARE(m_interventions->plan(id, u"nowhere"_s, kDay, kAgent).code, EditResult::BadInput);
    QCOMPARE(m_interventions->plan(id, u"voirie-nord"_s, QDate(), kAgent).code, EditResult::BadInput);
    QCOMPARE(m_interventions->plan(u"PAN-1999-000001"_s, u"voirie-nord"_s, kDay, kAgent).code,
             EditResult::NotFound);
    QVERIFY(m_interventions->plan(id, u"voirie-nord"_s, kDay, kAgent).ok());
    const int ops = count(u"SELECT count(*) FROM outbox"_s);
    const EditResult twice = m_interventions->plan(id, u"voirie-nord"_s, kDay, kAgent);
    QCOMPARE(twice.code, EditResult::Refused);
    QVERIFY(twice.message.contains(u"déjà"_s));
    QSqlQuery q(m_store->database());
    q.exec(u"SELECT id FROM ticket WHERE status_class = 'closed' LIMIT 1"_s);
    QVERIFY(q.next());
    QCOMPARE(m_interventions->plan(q.value(0).toString(), u"voirie-nord"_s, kDay, kAgent).code,
             EditResult::Refused);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops); // nothing written by a refusal
    QCOMPARE(count(u"SELECT count(*) FROM intervention"_s), 1);
}

void TestInterventions::reorderAndCancel()
{
    const QStringList tickets = openTickets(4);
    QStringList ids;
    for (const QString &t : tickets)
        ids.append(m_interventions->plan(t, u"voirie-nord"_s, kDay, kAgent).interventionId);
    const int ops = count(u"SELECT count(*) FROM outbox"_s);
    // The last stop first: every stop moves, one operation each.
    const QStringList order{ids[3], ids[0], ids[1], ids[2]};
    QVERIFY(m_interventions->reorder(u"voirie-nord"_s, kDay, order, kAgent).ok());
    QStringList now;
    for (const PlannedIntervention &i : m_interventions->day(u"voirie-nord"_s, kDay))
        now.append(i.id);
    QCOMPARE(now, order);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops + 4);
    const QJsonObject f = lastPayload(u"update_intervention"_s).value(u"fields"_s).toObject();
    QVERIFY(f.contains(u"position"_s));
    // Not the day's stops exactly: refused, nothing changes.
    QCOMPARE(m_interventions->reorder(u"voirie-nord"_s, kDay, {ids[0], ids[1]}, kAgent).code,
             EditResult::BadInput);
    QCOMPARE(m_interventions->reorder(u"voirie-nord"_s, kDay, order, kField).code, EditResult::Refused);
    // Cancelled: the stops after it move up.
    QVERIFY(m_interventions->cancel(ids[0], kAgent).ok());
    const auto day = m_interventions->day(u"voirie-nord"_s, kDay);
    QCOMPARE(day.size(), 3);
    QCOMPARE(day[0].id, ids[3]);
    QCOMPARE(day[1].id, ids[1]);
    QCOMPARE(day[1].position, 1);
    QCOMPARE(day[2].position, 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op_type = 'cancel_intervention'"_s), 1);
    QCOMPARE(m_interventions->cancel(ids[0], kAgent).code, EditResult::NotFound);
}

void TestInterventions::reportDoneFixesTheTicketAtTheActionTime()
{
    const QString ticket = openTickets(1).value(0);
    const QString id = m_interventions->plan(ticket, u"voirie-nord"_s, kDay, kAgent).interventionId;
    InterventionReport done;
    done.result = InterventionResult::Done;
    done.actedAt = QDateTime(kDay, QTime(9, 40), Qt::UTC);
    done.minutesSpent = 25;
    done.materials = u"1 sac d'enrobé à froid"_s;
    const EditResult r = m_interventions->report(id, done, kField);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const auto t = TicketRepository(*m_store).ticket(ticket);
    QCOMPARE(t->status, Status::Fixed);
    QCOMPARE(t->resolvedAt, done.actedAt); // the action's time, not the time of typing
    const auto i = m_interventions->intervention(id);
    QCOMPARE(i->result, u"done"_s);
    QCOMPARE(i->minutesSpent, 25);
    QCOMPARE(i->materials, u"1 sac d'enrobé à froid"_s);
    QCOMPARE(i->actedAt, done.actedAt);
    const QJsonObject fields = lastPayload(u"report_intervention"_s).value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"result"_s).toObject().value(u"new"_s).toString(), u"done"_s);
    QVERIFY(fields.value(u"result"_s).toObject().value(u"old"_s).isNull());
    QCOMPARE(fields.value(u"minutes_spent"_s).toObject().value(u"new"_s).toInt(), 25);
    // The status change is an operation of its own, by the team.
    QSqlQuery q(m_store->database());
    q.prepare(
        u"SELECT author FROM outbox WHERE op_type = 'set_status' AND entity_id = ? ORDER BY seq DESC"_s);
    q.addBindValue(ticket);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), kField.login);
    // Reported again, the same: nothing to change.
    QCOMPARE(m_interventions->report(id, done, kField).code, EditResult::Refused);
    // Another team may not report it.
    QCOMPARE(m_interventions->report(id, done, kOtherField).code, EditResult::Refused);
}

void TestInterventions::reportImpossibleNeedsAReasonAndPutsOnHold()
{
    const QString ticket = openTickets(1).value(0);
    const QString id = m_interventions->plan(ticket, u"voirie-nord"_s, kDay, kAgent).interventionId;
    InterventionReport impossible;
    impossible.result = InterventionResult::Impossible;
    impossible.actedAt = QDateTime(kDay, QTime(11, 5), Qt::UTC);
    QCOMPARE(m_interventions->report(id, impossible, kField).code, EditResult::BadInput);
    impossible.reason = u"Véhicule stationné sur la zone"_s;
    QVERIFY(m_interventions->report(id, impossible, kField).ok());
    const auto t = TicketRepository(*m_store).ticket(ticket);
    QCOMPARE(t->status, Status::Waiting);
    // The reason reaches the office as the status change's note.
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT count(*) FROM comment WHERE ticket_id = ? AND text LIKE '%stationné%'"_s);
    q.addBindValue(ticket);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestInterventions::reportNotDoneLeavesTheTicket()
{
    const QString ticket = openTickets(1).value(0);
    const QString id = m_interventions->plan(ticket, u"voirie-nord"_s, kDay, kAgent).interventionId;
    const int ops = count(u"SELECT count(*) FROM outbox"_s);
    InterventionReport notDone;
    notDone.result = InterventionResult::NotDone;
    notDone.actedAt = QDateTime(kDay, QTime(15, 0), Qt::UTC);
    notDone.note = u"Pas eu le temps, à replanifier"_s;
    QVERIFY(m_interventions->report(id, notDone, kField).ok());
    QCOMPARE(TicketRepository(*m_store).ticket(ticket)->status, Status::Planned);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops + 1); // the report only
    // A correction: done after all, the same day.
    InterventionReport done = notDone;
    done.result = InterventionResult::Done;
    done.note.clear();
    QVERIFY(m_interventions->report(id, done, kField).ok());
    QCOMPARE(TicketRepository(*m_store).ticket(ticket)->status, Status::Fixed);
    const QJsonObject fields = lastPayload(u"report_intervention"_s).value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"result"_s).toObject().value(u"old"_s).toString(), u"not_done"_s);
    QVERIFY(!fields.contains(u"acted_at"_s)); // unchanged fields are not sent
}

void TestInterventions::reportKeepsTheResultWhenTheOfficeClosedTheTicket()
{
    const QString ticket = openTickets(1).value(0);
    const QString id = m_interventions->plan(ticket, u"voirie-nord"_s, kDay, kAgent).interventionId;
    TicketEditor editor(*m_store);
    StatusNote why;
    why.text = u"Déjà réparé par le concessionnaire"_s;
    QVERIFY(editor.setStatus(ticket, Status::NoFurtherAction, why, kAgent).ok());
    InterventionReport done;
    done.actedAt = QDateTime(kDay, QTime(10, 0), Qt::UTC);
    const EditResult r = m_interventions->report(id, done, kField);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!r.message.isEmpty()); // says the ticket keeps its status
    QCOMPARE(TicketRepository(*m_store).ticket(ticket)->status, Status::NoFurtherAction);
    QCOMPARE(m_interventions->intervention(id)->result, u"done"_s);
}

void TestInterventions::reportRefusals()
{
    const QString id =
        m_interventions->plan(openTickets(1).value(0), u"voirie-nord"_s, kDay, kAgent).interventionId;
    InterventionReport r;
    QCOMPARE(m_interventions->report(id, r, kField).code, EditResult::BadInput); // no time
    r.actedAt = kNow.addSecs(3600);
    QCOMPARE(m_interventions->report(id, r, kField).code, EditResult::BadInput); // in the future
    r.actedAt = kNow.addSecs(-3600);
    r.minutesSpent = -5;
    QCOMPARE(m_interventions->report(id, r, kField).code, EditResult::BadInput);
    r.minutesSpent = 24 * 60 + 1;
    QCOMPARE(m_interventions->report(id, r, kField).code, EditResult::BadInput);
    QCOMPARE(m_interventions->report(u"nope"_s, r, kField).code, EditResult::NotFound);
    QVERIFY(m_interventions->intervention(id)->result.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op_type = 'report_intervention'"_s), 0);
}

void TestInterventions::aRefusedStatusChangeWritesNothing()
{
    // A failure inside the write (the ticket's status change fails after the checks): the
    // intervention, the ticket and the outbox stay as they were.
    const QString ticket = openTickets(1).value(0);
    const QString id = m_interventions->plan(ticket, u"voirie-nord"_s, kDay, kAgent).interventionId;
    const int ops = count(u"SELECT count(*) FROM outbox"_s);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(
        u"CREATE TRIGGER no_history BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    InterventionReport done;
    done.actedAt = QDateTime(kDay, QTime(9, 0), Qt::UTC);
    const EditResult r = m_interventions->report(id, done, kField);
    QCOMPARE(r.code, EditResult::Failure);
    QVERIFY(q.exec(u"DROP TRIGGER no_history"_s));
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QVERIFY(m_interventions->intervention(id)->result.isEmpty());
    QCOMPARE(TicketRepository(*m_store).ticket(ticket)->status, Status::Planned);
    // And the store takes the next write normally.
    QVERIFY(m_interventions->report(id, done, kField).ok());
}

QTEST_GUILESS_MAIN(TestInterventions)
#include "tst_interventions.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit of a ticket (storage/ticketeditor.h): checked, then written in one transaction to the
// working copy, the history and the outbox; refused edits write nothing.
#include "demo/demogenerator.h"
#include "domain/deadlines.h"
#include "domain/workingcalendar.h"
#include "storage/localstore.h"
#include "storage/ticketeditor.h"
#include "storage/ticketrepository.h"
#include "util/timeutil.h"

#include <memory>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

const Actor kAdmin{u"admin"_s, Role::Admin, {}};
const Actor kAgent{u"c.moreau"_s, Role::Agent, {}};
const Actor kOtherAgent{u"y.benali"_s, Role::Agent, {}};
const Actor kSupervisor{u"m.diallo"_s, Role::Supervisor, {}};
const Actor kField{u"voirie.nord"_s, Role::Field, u"voirie-nord"_s};

struct OutboxRow
{
    QString opId;
    QString opType;
    QString entityId;
    QString author;
    QString state;
    QVariant undoOf;
    QVariant baseRevision;
    QJsonObject payload;
};

QByteArray png(int w = 640, int h = 480, QColor colour = Qt::darkCyan)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

NewTicket newTicket(const QString &description = u"Le lampadaire devant le 12 rue Hoche est éteint."_s)
{
    NewTicket n;
    n.category = u"lampadaire"_s;
    n.description = description;
    n.latitude = 48.8935; // district "Église" of Pantin
    n.longitude = 2.4045;
    n.address = u"12 rue Hoche"_s;
    n.channel = Channel::Phone;
    n.reporterName = u"Camille Exemple"_s;
    n.reporterEmail = u"camille.exemple@example.org"_s;
    n.reporterPhone = u"06 39 98 12 34"_s;
    return n;
}

} // namespace

class TestTicketEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createContinuesTheDemoNumbering();
    void createOfflineGetsAProvisionalReference();
    void createWritesHistoryAndOutbox();
    void createWithPhotos();
    void createWithReporterWithoutPhone();
    void createWithoutAddressOrOutsideDistricts();
    void createRejectsBadInput_data();
    void createRejectsBadInput();

    void setStatusWritesStatusHistoryAndOutbox();
    void firstTimesAreKeptOnReopen();
    void refusedTransitionWritesNothing();
    void duplicateNeedsAnOriginal();
    void forwardedNeedsAKnownAuthority();
    void reasonRequired();
    void unknownTicket();

    void assign();
    void assignWithNullStringsUnassigns();
    void fieldTeam();

    void syncedCopyIsKeptOnce();
    void undoLast();
    void undoRestoresTimes();
    void undoRefusedAfterSomeoneElsesChange();
    void undoCommentAndPhoto();

    void comments();
    void photos();

    void createRoutesByTheRules();
    void createForwardsWhenARuleSaysSo();
    void recategorizeRoutesAgainAndAssignOverrides();
    void recategorizeInTriageForwards();
    void priorityMovesTheDeadline();
    void waitingPausesTheDeadline();
    void forwardThenAcknowledgedOrReturned();
    void mergeTellsEveryReporter();
    void acknowledgementIsSentAutomatically();
    void publicReplyIsQueuedForTheReporter();
    void duplicateSuggestions();

private:
    /** The messages queued for the reporter of @p ticketId: event, subject, body. */
    QList<QStringList> notifications(const QString &ticketId);
    LocalStore &store() { return *m_store; }
    qint64 count(const QString &sql);
    QVariant value(const QString &sql, const QVariantList &binds = {});
    QString demoTicket(const QString &where);
    QList<OutboxRow> outbox(const QString &ticketId);
    Ticket ticket(const QString &ref)
    {
        return TicketRepository(store()).ticket(ref, true).value_or(Ticket());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

qint64 TestTicketEditor::count(const QString &sql)
{
    return value(sql).toLongLong();
}

QVariant TestTicketEditor::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(store().database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

QString TestTicketEditor::demoTicket(const QString &where)
{
    return value(u"SELECT reference FROM ticket WHERE revision = 0 AND "_s + where +
                 u" ORDER BY seq LIMIT 1"_s)
        .toString();
}

QList<QStringList> TestTicketEditor::notifications(const QString &ticketId)
{
    QSqlQuery q(store().database());
    q.prepare(
        u"SELECT event, subject, body, state FROM notification WHERE ticket_id = ? ORDER BY created_at, rowid"_s);
    q.addBindValue(ticketId);
    QList<QStringList> out;
    if (q.exec())
        while (q.next())
            out.append(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QList<OutboxRow> TestTicketEditor::outbox(const QString &ticketId)
{
    QSqlQuery q(store().database());
    q.prepare(u"SELECT op_id, op_type, entity_id, author, state, undo_of, base_revision, payload FROM outbox "
              "WHERE entity_id = ? ORDER BY seq"_s);
    q.addBindValue(ticketId);
    QList<OutboxRow> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5), q.value(6),
                    QJsonDocument::fromJson(q.value(7).toByteArray()).object()});
    return out;
}

void TestTicketEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>();
    const auto r = m_store->open(m_dir->filePath(u"store.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    demo::DemoOptions o;
    o.tickets = 200;
    o.seed = 11;
    o.until = QDate(2026, 6, 30);
    const auto d = demo::DemoGenerator::generate(*m_store, o);
    QVERIFY2(d.ok, qPrintable(d.message));
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestTicketEditor::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestTicketEditor::createOfflineGetsAProvisionalReference()
{
    // With a central database configured, the final reference comes from it: until then the
    // ticket has a provisional one, unique and recognisable, and no local number is used.
    QVERIFY(store().setSetting(u"central_url"_s, u"postgresql://lanterne@mairie.example.org/lanterne"_s));
    TicketEditor editor(store());
    QVERIFY(editor.usesProvisionalReferences());
    const EditResult r = editor.create(newTicket(), kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    static const QRegularExpression provisional(u"^PAN-\\d{4}-P[0-9A-F]{8}$"_s);
    QVERIFY2(provisional.match(r.reference).hasMatch(), qPrintable(r.reference));
    QSqlQuery q(store().database());
    q.prepare(u"SELECT provisional FROM ticket WHERE id = ?"_s);
    q.addBindValue(r.ticketId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(store().setSetting(u"central_url"_s, QString()));
}

void TestTicketEditor::createContinuesTheDemoNumbering()
{
    const int year = QDateTime::currentDateTimeUtc().toTimeZone(WorkingCalendar::paris()).date().year();
    // The highest number the demo gave in this year (none when the demo is of another year).
    qint64 last = 0;
    QSqlQuery q(store().database());
    QVERIFY(q.exec(u"SELECT reference FROM ticket WHERE municipality = '93055'"_s));
    while (q.next()) {
        const QString ref = q.value(0).toString();
        if (ref.startsWith(u"PAN-%1-"_s.arg(year)))
            last = std::max(last, ref.section(u'-', 2).toLongLong());
    }
    if (year == 2026)
        QVERIFY(last >= 150); // the demo's 200 tickets are of 2026

    TicketEditor editor(store());
    const EditResult a = editor.create(newTicket(), kAdmin);
    QVERIFY2(a.ok(), qPrintable(a.message));
    const EditResult b = editor.create(newTicket(u"Deuxième lampadaire éteint."_s), kAgent);
    QVERIFY2(b.ok(), qPrintable(b.message));
    static const QRegularExpression format(u"^PAN-(\\d{4})-(\\d{6})$"_s);
    const auto ma = format.match(a.reference);
    const auto mb = format.match(b.reference);
    QVERIFY2(ma.hasMatch(), qPrintable(a.reference));
    QVERIFY2(mb.hasMatch(), qPrintable(b.reference));
    QCOMPARE(ma.captured(1).toInt(), year);
    QCOMPARE(ma.captured(2).toLongLong(), last + 1);
    QCOMPARE(mb.captured(2).toLongLong(), last + 2);
    QCOMPARE(count(u"SELECT count(DISTINCT reference) FROM ticket"_s), 202);
}

void TestTicketEditor::createWritesHistoryAndOutbox()
{
    TicketEditor editor(store());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const EditResult r = editor.create(newTicket(), kAgent);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!r.ticketId.isEmpty());
    QVERIFY(!r.operationId.isEmpty());

    const Ticket t = ticket(r.reference);
    QCOMPARE(t.id, r.ticketId);
    QCOMPARE(t.municipality, u"93055"_s);
    QCOMPARE(t.status, Status::New);
    QCOMPARE(t.category, u"lampadaire"_s);
    QCOMPARE(t.district, u"eglise"_s);
    QCOMPARE(t.service, u"eclairage"_s); // routed by category
    QCOMPARE(t.team, u"eclairage"_s);
    QCOMPARE(t.channel, Channel::Phone);
    QCOMPARE(t.priority, Priority::Normal);
    QVERIFY(!t.revision); // never synced
    QVERIFY(t.createdAt.toMSecsSinceEpoch() >= before && t.createdAt.toMSecsSinceEpoch() <= after);
    // Lampadaire: 5 working days of 8 opening hours.
    QCOMPARE(t.dueAt, WorkingCalendar::addWorkingMinutes(t.createdAt, 5 * 8 * 60));
    QVERIFY(!t.acknowledgedAt.isValid() && !t.resolvedAt.isValid() && !t.closedAt.isValid());
    QVERIFY(t.reporter);
    QCOMPARE(t.reporter->email, u"camille.exemple@example.org"_s);
    QCOMPARE(t.pendingOperations, 1);
    QCOMPARE(value(u"SELECT status_class FROM ticket WHERE id = ?"_s, {t.id}).toString(), u"open"_s);

    const QList<HistoryEntry> history = TicketRepository(store()).history(t.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].field, u"created"_s);
    QCOMPARE(history[0].operationId, r.operationId);
    QCOMPARE(history[0].author, u"c.moreau"_s);
    QCOMPARE(history[0].newValue, r.reference);
    QVERIFY(history[0].pending);

    const QList<OutboxRow> ops = outbox(t.id);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 1);
    QCOMPARE(ops[0].opType, u"create_ticket"_s);
    QCOMPARE(ops[0].opId, r.operationId);
    QCOMPARE(ops[0].author, u"c.moreau"_s);
    QCOMPARE(ops[0].state, u"pending"_s);
    QVERIFY(ops[0].baseRevision.isNull());
    QVERIFY(ops[0].undoOf.isNull());
    const QJsonObject p = ops[0].payload;
    QCOMPARE(p.value("reference"_L1).toString(), r.reference);
    QCOMPARE(p.value("category"_L1).toString(), u"lampadaire"_s);
    QCOMPARE(p.value("kind"_L1).toString(), u"report"_s);
    QCOMPARE(p.value("description"_L1).toString(), newTicket().description);
    QCOMPARE(p.value("latitude"_L1).toDouble(), 48.8935);
    QCOMPARE(p.value("longitude"_L1).toDouble(), 2.4045);
    QCOMPARE(p.value("address"_L1).toString(), u"12 rue Hoche"_s);
    QCOMPARE(p.value("district"_L1).toString(), u"eglise"_s);
    QCOMPARE(p.value("channel"_L1).toString(), u"phone"_s);
    QCOMPARE(p.value("priority"_L1).toString(), u"normal"_s);
    QCOMPARE(p.value("service"_L1).toString(), u"eclairage"_s);
    QCOMPARE(p.value("team"_L1).toString(), u"eclairage"_s);
    QCOMPARE(qint64(p.value("created_at"_L1).toDouble()), t.createdAt.toMSecsSinceEpoch());
    QCOMPARE(qint64(p.value("due_at"_L1).toDouble()), t.dueAt.toMSecsSinceEpoch());
    QVERIFY(p.value("reporter"_L1).isString());
    QVERIFY(p.value("photos"_L1).toArray().isEmpty());
    // A ticket created here has no synced copy to keep.
    QCOMPARE(count(u"SELECT count(*) FROM ticket_synced"_s), 0);
    // Searchable at once.
    TicketFilter f;
    f.search = u"lampadaire Hoche"_s;
    QVERIFY(TicketRepository(store()).page(f, 0, 500).size() >= 1);
}

void TestTicketEditor::createWithPhotos()
{
    TicketEditor editor(store());
    NewTicket n = newTicket();
    n.photos = {png(800, 600), png(300, 900, Qt::yellow)};
    const EditResult r = editor.create(n, kAdmin);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(r.reference);
    QCOMPARE(t.photoCount, 2);
    const QList<Photo> photos = TicketRepository(store()).photos(t.id);
    QCOMPARE(photos.size(), 2);
    QCOMPARE(photos[0].width, 800);
    QCOMPARE(photos[1].height, 900);
    QCOMPARE(photos[0].mimeType, u"image/png"_s);
    QVERIFY(!photos[0].demo);
    QCOMPARE(TicketRepository(store()).photoData(photos[1].id), n.photos[1]);
    QCOMPARE(outbox(t.id).value(0).payload.value("photos"_L1).toArray().size(), 2);
}

void TestTicketEditor::createWithReporterWithoutPhone()
{
    // CLI.md: `ticket create ... --reporter-name N --reporter-email E` (no phone).
    TicketEditor editor(store());
    NewTicket n = newTicket();
    n.reporterPhone.clear();
    const qint64 reporters = count(u"SELECT count(*) FROM reporter"_s);
    const EditResult r = editor.create(n, kAdmin);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(count(u"SELECT count(*) FROM reporter"_s), reporters + 1);
    QCOMPARE(ticket(r.reference).reporter->phone, QString());
}

void TestTicketEditor::createWithoutAddressOrOutsideDistricts()
{
    // The address is optional, and a place outside every district has no district.
    TicketEditor editor(store());
    NewTicket n = newTicket();
    n.address = QString();
    const EditResult r = editor.create(n, kAdmin);
    NewTicket far = newTicket();
    far.latitude = 48.8566; // Paris, outside Est Ensemble: the store's municipality
    far.longitude = 2.3522;
    const EditResult outside = editor.create(far, kAdmin);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY2(outside.ok(), qPrintable(outside.message));
    if (outside.ok()) {
        QCOMPARE(ticket(outside.reference).municipality, u"93055"_s);
        QVERIFY(ticket(outside.reference).district.isEmpty());
    }
}

void TestTicketEditor::createRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown category") << u"category"_s << int(EditResult::BadInput);
    QTest::newRow("empty description") << u"description"_s << int(EditResult::BadInput);
    QTest::newRow("latitude out of range") << u"latitude"_s << int(EditResult::BadInput);
    QTest::newRow("0,0") << u"zero"_s << int(EditResult::BadInput);
    QTest::newRow("e-mail without @") << u"email"_s << int(EditResult::BadInput);
    QTest::newRow("five photos") << u"photos"_s << int(EditResult::BadInput);
    QTest::newRow("garbage photo") << u"garbage"_s << int(EditResult::BadInput);
    QTest::newRow("field team") << u"field"_s << int(EditResult::Refused);
}

void TestTicketEditor::createRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(int, code);
    NewTicket n = newTicket();
    Actor actor = kAdmin;
    if (field == "category"_L1)
        n.category = u"soucoupe_volante"_s;
    else if (field == "description"_L1)
        n.description = u"   \n "_s;
    else if (field == "latitude"_L1)
        n.latitude = 91;
    else if (field == "zero"_L1)
        n.latitude = n.longitude = 0;
    else if (field == "email"_L1)
        n.reporterEmail = u"camille.example.org"_s;
    else if (field == "photos"_L1)
        n.photos = {png(), png(), png(), png(), png()};
    else if (field == "garbage"_L1)
        n.photos = {QByteArray("GIF89a but not really an image at all")};
    else if (field == "field"_L1)
        actor = kField;
    const QStringList tables{u"ticket"_s,   u"outbox"_s, u"history"_s,
                             u"reporter"_s, u"photo"_s,  u"reference_counter"_s};
    QList<qint64> before;
    for (const QString &t : tables)
        before.append(count(u"SELECT count(*) FROM "_s + t));
    const qint64 counter = count(u"SELECT sum(last) FROM reference_counter"_s);

    const EditResult r = TicketEditor(store()).create(n, actor);
    QCOMPARE(int(r.code), code);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.reference.isEmpty());
    for (qsizetype i = 0; i < tables.size(); ++i)
        QCOMPARE(count(u"SELECT count(*) FROM "_s + tables[i]), before[i]);
    QCOMPARE(count(u"SELECT sum(last) FROM reference_counter"_s), counter); // no number used up
}

void TestTicketEditor::setStatusWritesStatusHistoryAndOutbox()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    QVERIFY(!ref.isEmpty());
    const Ticket t0 = ticket(ref);
    QCOMPARE(t0.revision, std::optional<qint64>(0));
    QVERIFY(!t0.acknowledgedAt.isValid());
    TicketEditor editor(store());

    // new -> triage: not yet acknowledged.
    EditResult r = editor.setStatus(ref, Status::Triage, {}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.ticketId, t0.id);
    QCOMPARE(r.reference, ref);
    Ticket t = ticket(ref);
    QCOMPARE(t.status, Status::Triage);
    QVERIFY(!t.acknowledgedAt.isValid());
    QCOMPARE(value(u"SELECT status_class FROM ticket WHERE id = ?"_s, {t.id}).toString(), u"open"_s);
    QCOMPARE(value(u"SELECT status_rank FROM ticket WHERE id = ?"_s, {t.id}).toInt(), int(Status::Triage));

    QList<HistoryEntry> history;
    for (const HistoryEntry &h : TicketRepository(store()).history(t.id))
        if (h.operationId == r.operationId)
            history.append(h);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].field, u"status"_s);
    QCOMPARE(history[0].oldValue, u"new"_s);
    QCOMPARE(history[0].newValue, u"triage"_s);
    QCOMPARE(history[0].author, u"c.moreau"_s);

    QList<OutboxRow> ops = outbox(t.id);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].opId, r.operationId);
    QCOMPARE(ops[0].opType, u"set_status"_s);
    QCOMPARE(ops[0].author, u"c.moreau"_s);
    QCOMPARE(ops[0].baseRevision.toLongLong(), 0);
    QVERIFY(!ops[0].baseRevision.isNull());
    QVERIFY(ops[0].undoOf.isNull());
    const QJsonObject status = ops[0].payload.value("fields"_L1).toObject().value("status"_L1).toObject();
    QCOMPARE(status.value("old"_L1).toString(), u"new"_s);
    QCOMPARE(status.value("new"_L1).toString(), u"triage"_s);

    // triage -> acknowledged: first time leaving new/triage.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    r = editor.setStatus(ref, Status::Acknowledged, {}, kAgent);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(r.ok(), qPrintable(r.message));
    t = ticket(ref);
    QCOMPARE(t.status, Status::Acknowledged);
    QVERIFY(t.acknowledgedAt.isValid());
    QVERIFY(t.acknowledgedAt.toMSecsSinceEpoch() >= before && t.acknowledgedAt.toMSecsSinceEpoch() <= after);
    QVERIFY(!t.resolvedAt.isValid());
    QVERIFY(!t.closedAt.isValid());
    ops = outbox(t.id);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[1].opId, r.operationId);
    QCOMPARE(ops[1].baseRevision.toLongLong(), 0);
    QCOMPARE(t.pendingOperations, 2);

    // acknowledged -> fixed: resolved.
    r = editor.setStatus(ref, Status::Fixed, {}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    t = ticket(ref);
    QVERIFY(t.resolvedAt.isValid());
    QVERIFY(!t.closedAt.isValid());
    QCOMPARE(value(u"SELECT status_class FROM ticket WHERE id = ?"_s, {t.id}).toString(), u"fixed"_s);
}

void TestTicketEditor::firstTimesAreKeptOnReopen()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    TicketEditor editor(store());
    QVERIFY(editor.setStatus(ref, Status::Acknowledged, {}, kAgent).ok());
    QTest::qWait(5);
    QVERIFY(editor.setStatus(ref, Status::Fixed, {}, kAgent).ok());
    const Ticket fixed = ticket(ref);
    QVERIFY(fixed.acknowledgedAt.isValid() && fixed.resolvedAt.isValid());
    QVERIFY(fixed.acknowledgedAt <= fixed.resolvedAt);

    // An agent may close a fixed ticket, not reopen it.
    QTest::qWait(5);
    EditResult r = editor.setStatus(ref, Status::Closed, {}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    Ticket t = ticket(ref);
    QCOMPARE(t.status, Status::Closed);
    QVERIFY(t.closedAt.isValid());
    QCOMPARE(t.resolvedAt, fixed.resolvedAt);
    QCOMPARE(editor.setStatus(ref, Status::InProgress, {}, kAgent).code, EditResult::Refused);

    // A supervisor reopens it: the first times stay.
    QTest::qWait(5);
    r = editor.setStatus(ref, Status::InProgress, {}, kSupervisor);
    QVERIFY2(r.ok(), qPrintable(r.message));
    t = ticket(ref);
    QCOMPARE(t.status, Status::InProgress);
    QCOMPARE(t.acknowledgedAt, fixed.acknowledgedAt);
    QCOMPARE(t.resolvedAt, fixed.resolvedAt);
    QCOMPARE(value(u"SELECT status_class FROM ticket WHERE id = ?"_s, {t.id}).toString(), u"open"_s);

    // Fixed again later: still the first resolution time.
    QTest::qWait(5);
    QVERIFY(editor.setStatus(ref, Status::Fixed, {}, kSupervisor).ok());
    QCOMPARE(ticket(ref).resolvedAt, fixed.resolvedAt);
    QCOMPARE(ticket(ref).acknowledgedAt, fixed.acknowledgedAt);
}

void TestTicketEditor::refusedTransitionWritesNothing()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    const Ticket before = ticket(ref);
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 history = count(u"SELECT count(*) FROM history"_s);
    const qint64 comments = count(u"SELECT count(*) FROM comment"_s);
    TicketEditor editor(store());

    const EditResult r = editor.setStatus(ref, Status::Cancelled, {u"demande retirée"_s, {}, {}}, kAgent);
    QCOMPARE(r.code, EditResult::Refused);
    QVERIFY(!r.message.isEmpty());
    QVERIFY(r.operationId.isEmpty());
    // Back to new, and the same status, are refused too.
    QCOMPARE(editor.setStatus(ref, Status::New, {}, kAdmin).code, EditResult::Refused);

    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM history"_s), history);
    QCOMPARE(count(u"SELECT count(*) FROM comment"_s), comments);
    QCOMPARE(count(u"SELECT count(*) FROM ticket_synced"_s), 0);
    const Ticket after = ticket(ref);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.updatedAt, before.updatedAt);
}

void TestTicketEditor::duplicateNeedsAnOriginal()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    const QString original = demoTicket(u"status = 'triage'"_s);
    QVERIFY(!ref.isEmpty() && !original.isEmpty());
    const Ticket t = ticket(ref);
    TicketEditor editor(store());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);

    QCOMPARE(editor.setStatus(ref, Status::Duplicate, {}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::Duplicate, {{}, u"PAN-1999-999999"_s, {}}, kAgent).code,
             EditResult::NotFound);
    QCOMPARE(editor.setStatus(ref, Status::Duplicate, {{}, ref, {}}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::Duplicate, {{}, t.id, {}}, kAgent).code, EditResult::BadInput);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(ticket(ref).status, Status::New);

    const EditResult r = editor.setStatus(ref, Status::Duplicate, {{}, original, {}}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket d = ticket(ref);
    QCOMPARE(d.status, Status::Duplicate);
    QCOMPARE(d.duplicateOf, ticket(original).id);
    QCOMPARE(d.duplicateOfReference, original);
    QVERIFY(d.closedAt.isValid()); // a closing status
    const QJsonObject fields = outbox(d.id).last().payload.value("fields"_L1).toObject();
    QCOMPARE(fields.value("duplicate_of"_L1).toObject().value("new"_L1).toString(), ticket(original).id);
    QVERIFY(fields.value("duplicate_of"_L1).toObject().value("old"_L1).isNull());
}

void TestTicketEditor::forwardedNeedsAKnownAuthority()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    TicketEditor editor(store());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    QCOMPARE(editor.setStatus(ref, Status::Forwarded, {}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::Forwarded, {{}, {}, u"mairie-de-paris"_s}, kAgent).code,
             EditResult::BadInput);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    const EditResult r = editor.setStatus(ref, Status::Forwarded, {{}, {}, u"ee-eau"_s}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(ref);
    QCOMPARE(t.status, Status::Forwarded);
    QCOMPARE(t.forwardedTo, u"ee-eau"_s);
    QVERIFY(t.acknowledgedAt.isValid()); // left new
    QVERIFY(!t.resolvedAt.isValid());    // forwarded is still open
    QCOMPARE(outbox(t.id)
                 .last()
                 .payload.value("fields"_L1)
                 .toObject()
                 .value("forwarded_to"_L1)
                 .toObject()
                 .value("new"_L1),
             QJsonValue(u"ee-eau"_s));
}

void TestTicketEditor::reasonRequired()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    TicketEditor editor(store());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    QCOMPARE(editor.setStatus(ref, Status::NoFurtherAction, {}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::NoFurtherAction, {u"   "_s, {}, {}}, kAgent).code,
             EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::NotResponsible, {}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setStatus(ref, Status::Cancelled, {}, kSupervisor).code, EditResult::BadInput);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);

    const EditResult r = editor.setStatus(ref, Status::NoFurtherAction,
                                          {u"  Déjà réparé par le concessionnaire.  "_s, {}, {}}, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(ref);
    QCOMPARE(t.status, Status::NoFurtherAction);
    QVERIFY(t.resolvedAt.isValid() && t.closedAt.isValid());
    // The reason is an internal comment of the same operation.
    const QList<Comment> comments = TicketRepository(store()).comments(t.id);
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments[0].text, u"Déjà réparé par le concessionnaire."_s);
    QCOMPARE(comments[0].kind, CommentKind::Internal);
    QCOMPARE(comments[0].author, u"c.moreau"_s);
    QCOMPARE(value(u"SELECT op_id FROM comment WHERE ticket_id = ?"_s, {t.id}).toString(), r.operationId);
    QCOMPARE(outbox(t.id).last().payload.value("note"_L1).toObject().value("text"_L1).toString(),
             u"Déjà réparé par le concessionnaire."_s);
}

void TestTicketEditor::unknownTicket()
{
    TicketEditor editor(store());
    QCOMPARE(editor.setStatus(u"PAN-1999-000001"_s, Status::Triage, {}, kAdmin).code, EditResult::NotFound);
    QCOMPARE(editor.setStatus(u"00000000-0000-4000-8000-000000000000"_s, Status::Triage, {}, kAdmin).code,
             EditResult::NotFound);
    QCOMPARE(editor.addComment(u"NOPE-1"_s, CommentKind::Internal, u"x"_s, kAdmin).code,
             EditResult::NotFound);
    QCOMPARE(editor.attachPhoto(u"NOPE-1"_s, png(), kAdmin).code, EditResult::NotFound);
    QCOMPARE(editor.setPriority(u"NOPE-1"_s, Priority::High, kAdmin).code, EditResult::NotFound);
    QCOMPARE(editor.undoLast(u"NOPE-1"_s, kAdmin).code, EditResult::NotFound);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestTicketEditor::assign()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    TicketEditor editor(store());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    QCOMPARE(editor.assign(ref, std::nullopt, u"no-such-team"_s, std::nullopt, kAgent).code,
             EditResult::BadInput);
    QCOMPARE(editor.assign(ref, u"no_such_service"_s, std::nullopt, std::nullopt, kAgent).code,
             EditResult::BadInput);
    QCOMPARE(editor.assign(ref, std::nullopt, std::nullopt, u"nobody"_s, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.assign(ref, std::nullopt, std::nullopt, std::nullopt, kAgent).code, EditResult::BadInput);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);

    // A team implies its service.
    EditResult r = editor.assign(ref, std::nullopt, u"anti-tags"_s, std::nullopt, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    Ticket t = ticket(ref);
    QCOMPARE(t.team, u"anti-tags"_s);
    QCOMPARE(t.service, u"proprete"_s);
    const QJsonObject fields = outbox(t.id).last().payload.value("fields"_L1).toObject();
    QCOMPARE(fields.value("team"_L1).toObject().value("new"_L1).toString(), u"anti-tags"_s);

    r = editor.assign(ref, std::nullopt, std::nullopt, u"t.nguyen"_s, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    t = ticket(ref);
    QCOMPARE(t.assignee, u"t.nguyen"_s);
    QCOMPARE(t.team, u"anti-tags"_s); // unchanged

    // Unassigning with empty strings.
    r = editor.assign(ref, u""_s, u""_s, u""_s, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    t = ticket(ref);
    QVERIFY(t.team.isEmpty() && t.service.isEmpty() && t.assignee.isEmpty());

    // The same values again: nothing to do, nothing written.
    const qint64 now = count(u"SELECT count(*) FROM outbox"_s);
    QVERIFY(!editor.assign(ref, u""_s, u""_s, u""_s, kAgent).ok());
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), now);
}

void TestTicketEditor::assignWithNullStringsUnassigns()
{
    // ticketeditor.h: "empty string: unassigned". QString() is the usual empty string in C++ callers.
    const QString ref = demoTicket(u"status = 'new' AND service <> ''"_s);
    QVERIFY(!ref.isEmpty());
    TicketEditor editor(store());
    QVERIFY(editor.assign(ref, std::nullopt, u"anti-tags"_s, u"t.nguyen"_s, kAgent).ok());
    const EditResult r = editor.assign(ref, QString(), QString(), QString(), kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(ref);
    QVERIFY(t.team.isEmpty() && t.service.isEmpty() && t.assignee.isEmpty());
}

void TestTicketEditor::fieldTeam()
{
    const QString ours = demoTicket(u"status = 'new'"_s);
    const QString theirs = demoTicket(u"status = 'triage'"_s);
    TicketEditor editor(store());
    QVERIFY(editor.setStatus(ours, Status::Planned, {}, kAgent).ok());
    QVERIFY(editor.assign(ours, std::nullopt, u"voirie-nord"_s, std::nullopt, kAgent).ok());
    QVERIFY(editor.setStatus(theirs, Status::Planned, {}, kAgent).ok());
    QVERIFY(editor.assign(theirs, std::nullopt, u"eclairage"_s, std::nullopt, kAgent).ok());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);

    // Field teams do not route, recategorize or reprioritize.
    QCOMPARE(editor.assign(ours, std::nullopt, u"voirie-sud"_s, std::nullopt, kField).code,
             EditResult::Refused);
    QCOMPARE(editor.setPriority(ours, Priority::Urgent, kField).code, EditResult::Refused);
    QCOMPARE(editor.recategorize(ours, u"trottoir"_s, kField).code, EditResult::Refused);
    QCOMPARE(editor.create(newTicket(), kField).code, EditResult::Refused);
    // Not their team's ticket.
    QCOMPARE(editor.setStatus(theirs, Status::InProgress, {}, kField).code, EditResult::Refused);
    // Not a status they may set.
    QCOMPARE(editor.setStatus(ours, Status::Closed, {}, kField).code, EditResult::Refused);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);

    const EditResult r = editor.setStatus(ours, Status::InProgress, {}, kField);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(ticket(ours).status, Status::InProgress);
    QCOMPARE(outbox(ticket(ours).id).last().author, u"voirie.nord"_s);
    QCOMPARE(ticket(theirs).status, Status::Planned);
}

void TestTicketEditor::syncedCopyIsKeptOnce()
{
    const QString ref = demoTicket(u"status = 'new' AND priority <> 'urgent'"_s);
    const Ticket t0 = ticket(ref);
    QCOMPARE(t0.revision, std::optional<qint64>(0));
    QCOMPARE(count(u"SELECT count(*) FROM ticket_synced"_s), 0);
    TicketEditor editor(store());

    QVERIFY(editor.setPriority(ref, Priority::Urgent, kAgent).ok());
    QCOMPARE(count(u"SELECT count(*) FROM ticket_synced"_s), 1);
    const QString row = value(u"SELECT row FROM ticket_synced WHERE id = ?"_s, {t0.id}).toString();
    QVERIFY(!value(u"SELECT revision FROM ticket_synced WHERE id = ?"_s, {t0.id}).isNull());
    QCOMPARE(value(u"SELECT revision FROM ticket_synced WHERE id = ?"_s, {t0.id}).toLongLong(), 0);
    // The copy is the synced ticket, before the edit.
    const QJsonObject synced = QJsonDocument::fromJson(row.toUtf8()).object();
    QCOMPARE(synced.value("priority"_L1).toString(), codes::code(t0.priority));
    QCOMPARE(synced.value("status"_L1).toString(), u"new"_s);
    QCOMPARE(synced.value("id"_L1).toString(), t0.id);
    // In the layout a pull writes: one key per column of the synced copy.
    QStringList keys = synced.keys(), expected = TicketRepository::syncedColumns();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);

    // Later edits keep the first copy.
    QVERIFY(editor.setStatus(ref, Status::Triage, {}, kAgent).ok());
    QVERIFY(editor.addComment(ref, CommentKind::Internal, u"Vu sur place."_s, kAgent).ok());
    QCOMPARE(count(u"SELECT count(*) FROM ticket_synced"_s), 1);
    QCOMPARE(value(u"SELECT row FROM ticket_synced WHERE id = ?"_s, {t0.id}).toString(), row);
}

void TestTicketEditor::undoLast()
{
    const QString ref = demoTicket(u"status = 'new' AND priority <> 'urgent'"_s);
    const Ticket t0 = ticket(ref);
    TicketEditor editor(store());
    QVERIFY(editor.lastUndoable(ref, kAgent).isEmpty());
    QCOMPARE(editor.undoLast(ref, kAgent).code, EditResult::NotFound);

    const EditResult op1 = editor.setStatus(ref, Status::Triage, {}, kAgent);
    QVERIFY(op1.ok());
    const EditResult op2 = editor.setPriority(ref, Priority::Urgent, kAgent);
    QVERIFY(op2.ok());
    QVERIFY(!editor.lastUndoable(ref, kAgent).isEmpty());
    QVERIFY(editor.lastUndoable(ref, kOtherAgent).isEmpty()); // only one's own operations

    // Undo the priority change.
    EditResult u = editor.undoLast(ref, kAgent);
    QVERIFY2(u.ok(), qPrintable(u.message));
    QCOMPARE(ticket(ref).priority, t0.priority);
    QCOMPARE(ticket(ref).status, Status::Triage);
    QList<OutboxRow> ops = outbox(t0.id);
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops.last().opId, u.operationId);
    QCOMPARE(ops.last().undoOf.toString(), op2.operationId);
    const QJsonObject prio = ops.last().payload.value("fields"_L1).toObject().value("priority"_L1).toObject();
    QCOMPARE(prio.value("old"_L1).toString(), u"urgent"_s);
    QCOMPARE(prio.value("new"_L1).toString(), codes::code(t0.priority));
    // The undo has its history entry too.
    bool inHistory = false;
    for (const HistoryEntry &h : TicketRepository(store()).history(t0.id))
        inHistory = inHistory || (h.operationId == u.operationId && h.field == "priority"_L1);
    QVERIFY(inHistory);

    // The same operation cannot be undone twice: the next undo targets the status change.
    u = editor.undoLast(ref, kAgent);
    QVERIFY2(u.ok(), qPrintable(u.message));
    ops = outbox(t0.id);
    QCOMPARE(ops.size(), 4);
    QCOMPARE(ops.last().undoOf.toString(), op1.operationId);
    QCOMPARE(ticket(ref).status, Status::New);
    QCOMPARE(ticket(ref).priority, t0.priority);

    // Nothing left (undos are not undone).
    QVERIFY(editor.lastUndoable(ref, kAgent).isEmpty());
    const EditResult none = editor.undoLast(ref, kAgent);
    QVERIFY(!none.ok());
    QVERIFY(!none.message.isEmpty());
    QCOMPARE(outbox(t0.id).size(), 4);
}

void TestTicketEditor::undoRestoresTimes()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    TicketEditor editor(store());
    QVERIFY(editor.setStatus(ref, Status::Acknowledged, {}, kAgent).ok());
    QVERIFY(ticket(ref).acknowledgedAt.isValid());
    const EditResult u = editor.undoLast(ref, kAgent);
    QVERIFY2(u.ok(), qPrintable(u.message));
    const Ticket t = ticket(ref);
    QCOMPARE(t.status, Status::New);
    QVERIFY(!t.acknowledgedAt.isValid());
    QVERIFY(value(u"SELECT acknowledged_at FROM ticket WHERE id = ?"_s, {t.id}).isNull());
}

void TestTicketEditor::undoRefusedAfterSomeoneElsesChange()
{
    const QString ref = demoTicket(u"status = 'new' AND priority NOT IN ('high', 'low')"_s);
    TicketEditor editor(store());
    QVERIFY(editor.setPriority(ref, Priority::High, kAgent).ok());
    QVERIFY(editor.setPriority(ref, Priority::Low, kOtherAgent).ok());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);

    const EditResult u = editor.undoLast(ref, kAgent);
    QCOMPARE(u.code, EditResult::Refused);
    QVERIFY(!u.message.isEmpty());
    QCOMPARE(ticket(ref).priority, Priority::Low);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);

    // The other agent may undo their own change.
    const EditResult mine = editor.undoLast(ref, kOtherAgent);
    QVERIFY2(mine.ok(), qPrintable(mine.message));
    QCOMPARE(ticket(ref).priority, Priority::High);
}

void TestTicketEditor::undoCommentAndPhoto()
{
    const EditResult created = TicketEditor(store()).create(newTicket(), kAgent);
    QVERIFY(created.ok());
    const QString ref = created.reference;
    TicketEditor editor(store());
    const EditResult c = editor.addComment(ref, CommentKind::Public, u"Merci, c'est noté."_s, kAgent);
    QVERIFY(c.ok());
    const EditResult p = editor.attachPhoto(ref, png(), kAgent);
    QVERIFY(p.ok());
    QCOMPARE(ticket(ref).photoCount, 1);

    EditResult u = editor.undoLast(ref, kAgent);
    QVERIFY2(u.ok(), qPrintable(u.message));
    QCOMPARE(ticket(ref).photoCount, 0);
    QCOMPARE(TicketRepository(store()).photos(created.ticketId).size(), 0);
    QCOMPARE(outbox(created.ticketId).last().undoOf.toString(), p.operationId);

    u = editor.undoLast(ref, kAgent);
    QVERIFY2(u.ok(), qPrintable(u.message));
    QCOMPARE(TicketRepository(store()).comments(created.ticketId).size(), 0);
    QCOMPARE(outbox(created.ticketId).last().undoOf.toString(), c.operationId);

    // The creation itself is not undone.
    QCOMPARE(editor.undoLast(ref, kAgent).code, EditResult::NotFound);
    QVERIFY(TicketRepository(store()).ticket(ref));
}

void TestTicketEditor::comments()
{
    const QString ref = demoTicket(u"status = 'new'"_s);
    const Ticket t = ticket(ref);
    const int existing = TicketRepository(store()).comments(t.id).size();
    TicketEditor editor(store());

    const EditResult internal =
        editor.addComment(ref, CommentKind::Internal, u"  Passage prévu jeudi.  "_s, kAgent);
    QVERIFY2(internal.ok(), qPrintable(internal.message));
    const EditResult reply =
        editor.addComment(ref, CommentKind::Public, u"Bonjour, nous intervenons jeudi."_s, kSupervisor);
    QVERIFY2(reply.ok(), qPrintable(reply.message));

    const QList<Comment> list = TicketRepository(store()).comments(t.id);
    QCOMPARE(list.size(), existing + 2);
    Comment a, b;
    for (const Comment &c : list) {
        if (c.text.startsWith("Passage"_L1))
            a = c;
        else if (c.text.startsWith("Bonjour, nous"_L1))
            b = c;
    }
    QCOMPARE(a.text, u"Passage prévu jeudi."_s);
    QCOMPARE(a.kind, CommentKind::Internal);
    QCOMPARE(a.author, u"c.moreau"_s);
    QVERIFY(a.pending);
    QCOMPARE(b.kind, CommentKind::Public);
    QCOMPARE(b.author, u"m.diallo"_s);

    const QList<OutboxRow> ops = outbox(t.id);
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops[0].opType, u"add_comment"_s);
    QCOMPARE(ops[0].opId, internal.operationId);
    QCOMPARE(ops[0].baseRevision.toLongLong(), 0);
    QCOMPARE(ops[0].payload.value("kind"_L1).toString(), u"internal"_s);
    QCOMPARE(ops[0].payload.value("text"_L1).toString(), u"Passage prévu jeudi."_s);
    QCOMPARE(ops[0].payload.value("comment_id"_L1).toString(), a.id);
    QCOMPARE(ops[1].payload.value("kind"_L1).toString(), u"public"_s);

    // Empty text; a field team does not reply to the citizen (but may note).
    QCOMPARE(editor.addComment(ref, CommentKind::Internal, u" \t\n"_s, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.addComment(ref, CommentKind::Public, u"On arrive."_s, kField).code, EditResult::Refused);
    QCOMPARE(outbox(t.id).size(), 2);
    QCOMPARE(TicketRepository(store()).comments(t.id).size(), existing + 2);
    QVERIFY(editor.addComment(ref, CommentKind::Internal, u"Matériel à prévoir."_s, kField).ok());
    QCOMPARE(TicketRepository(store()).comments(t.id).size(), existing + 3);
}

void TestTicketEditor::photos()
{
    const EditResult created = TicketEditor(store()).create(newTicket(), kAgent);
    QVERIFY(created.ok());
    const QString ref = created.reference;
    TicketEditor editor(store());
    const QByteArray image = png(1600, 1200);

    const EditResult r = editor.attachPhoto(ref, image, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(ticket(ref).photoCount, 1);
    const QList<Photo> photos = TicketRepository(store()).photos(created.ticketId);
    QCOMPARE(photos.size(), 1);
    QCOMPARE(photos[0].mimeType, u"image/png"_s);
    QCOMPARE(photos[0].width, 1600);
    QCOMPARE(photos[0].height, 1200);
    QCOMPARE(photos[0].bytes, qint64(image.size()));
    QCOMPARE(photos[0].position, 0);
    QCOMPARE(TicketRepository(store()).photoData(photos[0].id), image);
    const QByteArray thumb = TicketRepository(store()).photoData(photos[0].id, true);
    QVERIFY(!thumb.isEmpty());
    const QImage thumbImage = QImage::fromData(thumb);
    QVERIFY(!thumbImage.isNull());
    QVERIFY(std::max(thumbImage.width(), thumbImage.height()) <= 320);
    const OutboxRow op = outbox(created.ticketId).last();
    QCOMPARE(op.opType, u"attach_photo"_s);
    QCOMPARE(op.opId, r.operationId);
    QCOMPARE(op.payload.value("photo_id"_L1).toString(), photos[0].id);

    // Garbage is refused and nothing is stored.
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 rows = count(u"SELECT count(*) FROM photo"_s);
    for (const QByteArray &bad :
         {QByteArray("not an image"), QByteArray(), QByteArray(5000, '\x89'), image.left(image.size() / 3)}) {
        const EditResult g = editor.attachPhoto(ref, bad, kAgent);
        QCOMPARE(g.code, EditResult::BadInput);
        QVERIFY(!g.message.isEmpty());
    }
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM photo"_s), rows);
    QCOMPARE(ticket(ref).photoCount, 1);

    // At most four.
    for (int i = 1; i < TicketEditor::kMaxPhotos; ++i)
        QVERIFY(editor.attachPhoto(ref, png(100 + i, 100), kAgent).ok());
    QCOMPARE(ticket(ref).photoCount, 4);
    const EditResult fifth = editor.attachPhoto(ref, png(), kAgent);
    QVERIFY(!fifth.ok());
    QVERIFY(fifth.code == EditResult::Refused || fifth.code == EditResult::BadInput);
    QVERIFY(!fifth.message.isEmpty());
    QCOMPARE(ticket(ref).photoCount, 4);
    QCOMPARE(TicketRepository(store()).photos(created.ticketId).size(), 4);
    QList<int> positions;
    for (const Photo &p : TicketRepository(store()).photos(created.ticketId))
        positions.append(p.position);
    QCOMPARE(positions, (QList<int>{0, 1, 2, 3}));
}

void TestTicketEditor::createRoutesByTheRules()
{
    TicketEditor editor(store());
    NewTicket n = newTicket(u"Gros nid-de-poule devant l'école."_s);
    n.category = u"nid_de_poule"_s; // the category's team is voirie-nord; Église is in the south
    const EditResult r = editor.create(n, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(r.reference);
    QCOMPARE(t.status, Status::New);
    QCOMPARE(t.service, u"voirie"_s);
    QCOMPARE(t.team, u"voirie-sud"_s);
    QCOMPARE(t.routingRule, u"voirie-sud"_s);
    QCOMPARE(value(u"SELECT new_value FROM history WHERE ticket_id = ? AND field = 'routing_rule'"_s, {t.id})
                 .toString(),
             u"voirie-sud"_s);
    const QJsonObject payload = outbox(t.id).first().payload;
    QCOMPARE(payload.value("routing_rule"_L1).toString(), u"voirie-sud"_s);
    QCOMPARE(payload.value("team"_L1).toString(), u"voirie-sud"_s);
    QCOMPARE(payload.value("status"_L1).toString(), u"new"_s);
    QVERIFY(notifications(t.id).isEmpty()); // acknowledged later, by an agent
}

void TestTicketEditor::createForwardsWhenARuleSaysSo()
{
    TicketEditor editor(store());
    NewTicket n = newTicket(u"De l'eau jaillit de la chaussée."_s);
    n.category = u"fuite"_s;
    const EditResult r = editor.create(n, kAgent);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const Ticket t = ticket(r.reference);
    QCOMPARE(t.status, Status::Forwarded);
    QCOMPARE(t.forwardedTo, u"ee-eau"_s);
    QCOMPARE(t.forwardState, u"sent"_s);
    QCOMPARE(t.routingRule, u"eau-est-ensemble"_s);
    QCOMPARE(t.team, QString()); // not a job for the city's teams
    QVERIFY(t.acknowledgedAt.isValid());
    QVERIFY(t.pausedAt.isValid()); // the city's clock waits on the authority
    // The reporter is told who is responsible, and the timeline shows it.
    const auto messages = notifications(t.id);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages[0][0], u"forwarded"_s);
    QVERIFY2(messages[0][2].contains(u"Est Ensemble – Eau et assainissement"_s), qPrintable(messages[0][2]));
    QVERIFY(messages[0][2].contains(t.reference));
    QVERIFY(messages[0][2].contains(u"12 rue Hoche"_s));
    QCOMPARE(messages[0][3], u"queued"_s);
    QCOMPARE(count(u"SELECT count(*) FROM comment WHERE ticket_id = '%1' AND kind = 'public'"_s.arg(t.id)),
             1);
    const QJsonObject payload = outbox(t.id).first().payload;
    QCOMPARE(payload.value("status"_L1).toString(), u"forwarded"_s);
    QCOMPARE(payload.value("forwarded_to"_L1).toString(), u"ee-eau"_s);
    QCOMPARE(payload.value("notifications"_L1).toArray().size(), 1);
    QVERIFY(payload.value("notifications"_L1).toArray()[0].toObject().contains("comment_id"_L1));

    // Without a reporter to tell, nothing is queued.
    n.reporterName.clear();
    n.reporterEmail.clear();
    n.reporterPhone.clear();
    const EditResult anonymous = editor.create(n, kAgent);
    QVERIFY(anonymous.ok());
    QVERIFY(notifications(anonymous.ticketId).isEmpty());
    QCOMPARE(ticket(anonymous.reference).status, Status::Forwarded);
}

void TestTicketEditor::recategorizeRoutesAgainAndAssignOverrides()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(), kAgent); // lampadaire: no rule
    QVERIFY(r.ok());
    QCOMPARE(ticket(r.reference).routingRule, QString());
    QVERIFY(editor.recategorize(r.ticketId, u"trottoir"_s, kAgent).ok());
    Ticket t = ticket(r.reference);
    QCOMPARE(t.routingRule, u"voirie-sud"_s);
    QCOMPARE(t.service, u"voirie"_s);
    QCOMPARE(t.team, u"voirie-sud"_s);
    QCOMPARE(t.dueAt, Deadlines::dueAt(ReferenceData::builtin(), t.createdAt, u"trottoir"_s, t.priority, 0));
    // The agent overrides the rule; the ticket says so.
    QVERIFY(editor.assign(r.ticketId, {}, u"voirie-nord"_s, {}, kAgent).ok());
    t = ticket(r.reference);
    QCOMPARE(t.team, u"voirie-nord"_s);
    QCOMPARE(t.routingRule, Router::kManual);
    // The rules applied again on demand; assigning an agent only is not a change of routing.
    QVERIFY(editor.reroute(r.ticketId, kAgent).ok());
    QCOMPARE(ticket(r.reference).team, u"voirie-sud"_s);
    QVERIFY(editor.assign(r.ticketId, {}, {}, u"t.nguyen"_s, kAgent).ok());
    QCOMPARE(ticket(r.reference).routingRule, u"voirie-sud"_s);
    QVERIFY(!editor.reroute(r.ticketId, kField).ok());
}

void TestTicketEditor::recategorizeInTriageForwards()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(u"La bouche d'égout déborde."_s), kAgent);
    QVERIFY(r.ok());
    QVERIFY(editor.recategorize(r.ticketId, u"avaloir"_s, kAgent).ok());
    const Ticket t = ticket(r.reference);
    QCOMPARE(t.status, Status::Forwarded);
    QCOMPARE(t.forwardedTo, u"ee-eau"_s);
    QCOMPARE(t.routingRule, u"eau-est-ensemble"_s);
    QCOMPARE(notifications(t.id).size(), 1);
    // Later in its life, a rule to an authority does not move a ticket by itself.
    const EditResult w = editor.create(newTicket(), kAgent);
    QVERIFY(editor.setStatus(w.ticketId, Status::Planned, {}, kAgent).ok());
    QVERIFY(editor.recategorize(w.ticketId, u"fuite"_s, kAgent).ok());
    QCOMPARE(ticket(w.reference).status, Status::Planned);
    QCOMPARE(ticket(w.reference).routingRule, u"eau-est-ensemble"_s);
}

void TestTicketEditor::priorityMovesTheDeadline()
{
    TicketEditor editor(store());
    NewTicket n = newTicket();
    n.category = u"nid_de_poule"_s;
    const EditResult r = editor.create(n, kAgent);
    QVERIFY(r.ok());
    const ReferenceData &ref = ReferenceData::builtin();
    Ticket t = ticket(r.reference);
    QCOMPARE(t.dueAt, WorkingCalendar::addWorkingMinutes(t.createdAt, 10 * 480));
    QVERIFY(editor.setPriority(r.ticketId, Priority::Urgent, kAgent).ok());
    t = ticket(r.reference);
    QCOMPARE(t.dueAt, WorkingCalendar::addWorkingMinutes(t.createdAt, 4 * 60));
    QCOMPARE(t.dueAt, Deadlines::dueAt(ref, t.createdAt, t.category, Priority::Urgent, 0));
    QCOMPARE(
        value(u"SELECT count(*) FROM history WHERE ticket_id = ? AND field = 'due_at'"_s, {t.id}).toInt(), 1);
}

void TestTicketEditor::waitingPausesTheDeadline()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(), kAgent);
    QVERIFY(r.ok());
    QVERIFY(editor.setStatus(r.ticketId, Status::Acknowledged, {}, kAgent).ok());
    const QDateTime due = ticket(r.reference).dueAt;
    QVERIFY(editor.setStatus(r.ticketId, Status::Waiting, {}, kAgent).ok());
    Ticket t = ticket(r.reference);
    QVERIFY(t.pausedAt.isValid());
    QCOMPARE(t.dueAt, due); // it moves when the clock runs again
    // The ticket waited on the reporter since Monday 9 March 2026 10:00 (moved back in the store as
    // if time had passed).
    const QDateTime from(QDate(2026, 3, 9), QTime(10, 0), WorkingCalendar::paris());
    QSqlQuery u(store().database());
    u.prepare(u"UPDATE ticket SET paused_at = ? WHERE id = ?"_s);
    u.addBindValue(from.toMSecsSinceEpoch());
    u.addBindValue(t.id);
    QVERIFY(u.exec());
    const qint64 expected = WorkingCalendar::workingMinutesBetween(from, QDateTime::currentDateTimeUtc());
    QVERIFY(editor.setStatus(r.ticketId, Status::InProgress, {}, kAgent).ok());
    t = ticket(r.reference);
    QVERIFY(!t.pausedAt.isValid());
    QVERIFY2(qAbs(t.pausedMinutes - expected) <= 1, qPrintable(QString::number(t.pausedMinutes)));
    QCOMPARE(t.dueAt, Deadlines::dueAt(ReferenceData::builtin(), t.createdAt, t.category, t.priority,
                                       t.pausedMinutes));
    QVERIFY(t.dueAt > due);
    // A second pause adds to the first.
    QVERIFY(editor.setStatus(r.ticketId, Status::Waiting, {}, kAgent).ok());
    QVERIFY(editor.setStatus(r.ticketId, Status::InProgress, {}, kAgent).ok());
    QVERIFY(ticket(r.reference).pausedMinutes >= t.pausedMinutes);
    // Undo puts the clock back as it was.
    QVERIFY(editor.undoLast(r.ticketId, kAgent).ok());
    QVERIFY(ticket(r.reference).pausedAt.isValid());
}

void TestTicketEditor::forwardThenAcknowledgedOrReturned()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(u"Abribus : vitre cassée."_s), kAgent);
    QVERIFY(r.ok());
    QVERIFY(!editor.setForwardState(r.ticketId, u"acknowledged"_s, {}, kAgent).ok()); // not forwarded
    const EditResult f = editor.forward(r.ticketId, u"idfm"_s, u"Mobilier voyageurs"_s, kAgent);
    QVERIFY2(f.ok(), qPrintable(f.message));
    Ticket t = ticket(r.reference);
    QCOMPARE(t.status, Status::Forwarded);
    QCOMPARE(t.forwardState, u"sent"_s);
    QVERIFY(t.pausedAt.isValid());
    QCOMPARE(notifications(t.id).size(), 1);
    QVERIFY(notifications(t.id)[0][2].contains(u"Île-de-France Mobilités"_s));
    QVERIFY(editor.setForwardState(r.ticketId, u"acknowledged"_s, {}, kAgent).ok());
    QCOMPARE(ticket(r.reference).forwardState, u"acknowledged"_s);
    QCOMPARE(ticket(r.reference).status, Status::Forwarded);
    // Sent back: a reason, then back to triage with the clock running.
    QCOMPARE(editor.setForwardState(r.ticketId, u"returned"_s, {}, kAgent).code, EditResult::BadInput);
    QCOMPARE(editor.setForwardState(r.ticketId, u"lost"_s, u"?"_s, kAgent).code, EditResult::BadInput);
    QVERIFY(
        editor.setForwardState(r.ticketId, u"returned"_s, u"Abribus de la ville, pas d'IDFM"_s, kAgent).ok());
    t = ticket(r.reference);
    QCOMPARE(t.status, Status::Triage);
    QCOMPARE(t.forwardState, u"returned"_s);
    QVERIFY(!t.pausedAt.isValid());
    QCOMPARE(outbox(t.id).last().opType, u"set_forward_state"_s);
    QCOMPARE(value(u"SELECT text FROM comment WHERE op_id = ?"_s, {outbox(t.id).last().opId}).toString(),
             u"Abribus de la ville, pas d'IDFM"_s);
    QVERIFY(!editor.setForwardState(r.ticketId, u"acknowledged"_s, {}, kField).ok());
}

void TestTicketEditor::mergeTellsEveryReporter()
{
    TicketEditor editor(store());
    const EditResult a = editor.create(newTicket(u"Lampadaire éteint au 12."_s), kAgent);
    NewTicket second = newTicket(u"Plus de lumière devant le 12 rue Hoche."_s);
    second.reporterName = u"Dominique Voisin"_s;
    second.reporterEmail = u"dominique.voisin@example.org"_s;
    const EditResult b = editor.create(second, kAgent);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(editor.setStatus(a.ticketId, Status::Acknowledged, {}, kAgent).ok());
    QCOMPARE(notifications(a.ticketId).size(), 1); // the acknowledgement
    const EditResult m = editor.merge(b.ticketId, a.reference, {}, kAgent);
    QVERIFY2(m.ok(), qPrintable(m.message));
    const Ticket dup = ticket(b.reference);
    QCOMPARE(dup.status, Status::Duplicate);
    QCOMPARE(dup.duplicateOf, a.ticketId);
    auto told = notifications(b.ticketId);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told[0][0], u"duplicate"_s);
    QVERIFY2(told[0][2].contains(a.reference), qPrintable(told[0][2]));
    // Not the other way round.
    QCOMPARE(editor.merge(a.ticketId, b.reference, {}, kAgent).code, EditResult::BadInput);
    // The original is fixed: both reporters are told, in the operation that fixed it.
    QVERIFY(editor.setStatus(a.ticketId, Status::Fixed, {}, kAgent).ok());
    QCOMPARE(notifications(a.ticketId).size(), 2);
    QCOMPARE(notifications(a.ticketId).last()[0], u"resolved"_s);
    told = notifications(b.ticketId);
    QCOMPARE(told.size(), 2);
    QCOMPARE(told.last()[0], u"resolved"_s);
    QVERIFY(told.last()[2].contains(b.reference));
    QCOMPARE(outbox(a.ticketId).last().payload.value("notifications"_L1).toArray().size(), 2);
}

void TestTicketEditor::acknowledgementIsSentAutomatically()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(), kAgent);
    QVERIFY(editor.setStatus(r.ticketId, Status::Triage, {}, kAgent).ok());
    QVERIFY(notifications(r.ticketId).isEmpty()); // triage is not an acknowledgement
    QVERIFY(editor.setStatus(r.ticketId, Status::Planned, {}, kAgent).ok());
    const auto told = notifications(r.ticketId);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told[0][0], u"acknowledgement"_s);
    QVERIFY(told[0][1].startsWith(u"Accusé de réception"_s));
    QVERIFY(told[0][2].contains(u"lampadaire éteint"_s));
    QVERIFY(!told[0][2].contains(u'{'));
    // Once: later changes do not acknowledge again.
    QVERIFY(editor.setStatus(r.ticketId, Status::InProgress, {}, kAgent).ok());
    QCOMPARE(notifications(r.ticketId).size(), 1);
}

void TestTicketEditor::publicReplyIsQueuedForTheReporter()
{
    TicketEditor editor(store());
    const EditResult r = editor.create(newTicket(), kAgent);
    const EditResult p = editor.reply(r.ticketId, u"Nous passons demain matin."_s, kAgent);
    QVERIFY2(p.ok(), qPrintable(p.message));
    const auto told = notifications(r.ticketId);
    QCOMPARE(told.size(), 1);
    QCOMPARE(told[0][0], u"reply"_s);
    QCOMPARE(told[0][1], u"Votre signalement %1"_s.arg(r.reference));
    QCOMPARE(told[0][2], u"Nous passons demain matin."_s);
    // One public comment (the reply), not two.
    QCOMPARE(
        count(u"SELECT count(*) FROM comment WHERE ticket_id = '%1' AND kind = 'public'"_s.arg(r.ticketId)),
        1);
    QCOMPARE(outbox(r.ticketId).last().payload.value("notifications"_L1).toArray().size(), 1);
    // An internal note is never sent.
    QVERIFY(editor.addComment(r.ticketId, CommentKind::Internal, u"Voir avec l'équipe"_s, kAgent).ok());
    QCOMPARE(notifications(r.ticketId).size(), 1);
    // A field team does not reply to reporters.
    QVERIFY(!editor.reply(r.ticketId, u"Fait."_s, kField).ok());
}

void TestTicketEditor::duplicateSuggestions()
{
    TicketEditor editor(store());
    const EditResult a = editor.create(newTicket(u"Lampadaire éteint devant l'école."_s), kAgent);
    NewTicket near = newTicket(u"Le lampadaire de l'école ne s'allume plus."_s);
    near.latitude += 20 / 111320.0; // 20 m north
    const EditResult b = editor.create(near, kAgent);
    NewTicket far = newTicket(u"Lampadaire éteint."_s);
    far.latitude += 300 / 111320.0;
    const EditResult c = editor.create(far, kAgent);
    NewTicket other = newTicket(u"Lampadaire éteint, et un nid-de-poule."_s);
    other.category = u"nid_de_poule"_s;
    const EditResult d = editor.create(other, kAgent);
    QVERIFY(a.ok() && b.ok() && c.ok() && d.ok());
    const QList<DuplicateSuggestion> s = editor.duplicateSuggestions(b.ticketId);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.first().reference, a.reference);
    QVERIFY(qAbs(s.first().distanceMetres - 20) < 1);
    QVERIFY(s.first().textSimilarity > 0);
    for (const DuplicateSuggestion &x : s) {
        QVERIFY(x.id != c.ticketId); // 300 m away
        QVERIFY(x.id != d.ticketId); // another domain
        QVERIFY(x.id != b.ticketId);
    }
    // A merged ticket is no longer suggested.
    QVERIFY(editor.merge(a.ticketId, b.reference, {}, kAgent).ok());
    for (const DuplicateSuggestion &x : editor.duplicateSuggestions(b.ticketId))
        QVERIFY(x.id != a.ticketId);
}

QTEST_MAIN(TestTicketEditor)
#include "tst_ticketeditor.moc"

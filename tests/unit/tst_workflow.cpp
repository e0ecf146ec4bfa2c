// SPDX-License-Identifier: GPL-3.0-or-later
// Who may move a ticket from which status to which, and what each move needs (domain/workflow.h),
// plus the stable codes and status classes of domain/codes.h.
#include "domain/codes.h"
#include "domain/workflow.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

Q_DECLARE_METATYPE(lanterne::Status)
Q_DECLARE_METATYPE(lanterne::Role)
Q_DECLARE_METATYPE(lanterne::NoteRequirement)
Q_DECLARE_METATYPE(lanterne::StatusClass)

namespace {

const QList<Status> kOpen{Status::New,     Status::Triage,  Status::Acknowledged, Status::Investigating,
                          Status::Waiting, Status::Planned, Status::InProgress,   Status::Forwarded};
const QList<Status> kClosed{Status::Closed, Status::Duplicate, Status::NotResponsible,
                            Status::NoFurtherAction, Status::Cancelled};

/** The spec's notion of class, written independently of codes::statusClass(). */
StatusClass specClass(Status s)
{
    if (s == Status::Fixed)
        return StatusClass::Fixed;
    return kClosed.contains(s) ? StatusClass::Closed : StatusClass::Open;
}

/** The rules of the brief, transition by transition, as an oracle. */
bool specAllowed(Status from, Status to, Role role, bool ownTeam)
{
    if (to == Status::New || from == to)
        return false;
    switch (role) {
    case Role::Supervisor:
    case Role::Admin:
        return true;
    case Role::Agent:
        if (to == Status::Cancelled)
            return false;
        if (specClass(from) == StatusClass::Closed)
            return false; // reopening or changing the closing status
        if (from == Status::Fixed && specClass(to) == StatusClass::Open)
            return false; // reopening a fixed ticket
        return true;
    case Role::Field:
        if (!ownTeam || specClass(from) != StatusClass::Open)
            return false;
        return to == Status::InProgress || to == Status::Waiting || to == Status::Fixed ||
               to == Status::NoFurtherAction;
    }
    return false;
}

NoteRequirement specNote(Status to)
{
    switch (to) {
    case Status::Duplicate:
        return NoteRequirement::DuplicateOf;
    case Status::Forwarded:
        return NoteRequirement::ForwardedTo;
    case Status::NoFurtherAction:
    case Status::NotResponsible:
    case Status::Cancelled:
        return NoteRequirement::Reason;
    default:
        return NoteRequirement::None;
    }
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTransition_data();
    void everyTransition();
    void namedTransitions_data();
    void namedTransitions();
    void allowedTargetsMatchCheck();
    void noteRequirements_data();
    void noteRequirements();
    void rights();

    void statusCodesAreStableAndUnique();
    void codesRoundTrip();
    void statusClasses_data();
    void statusClasses();
    void unknownCodesAreRejected();
};

void TestWorkflow::everyTransition_data()
{
    QTest::addColumn<Status>("from");
    QTest::addColumn<Status>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("ownTeam");
    QTest::addColumn<bool>("allowed");

    struct Who
    {
        Role role;
        bool ownTeam;
        const char *name;
    };
    const Who roles[] = {{Role::Agent, true, "agent"},
                         {Role::Supervisor, true, "supervisor"},
                         {Role::Admin, true, "admin"},
                         {Role::Field, true, "field(own team)"},
                         {Role::Field, false, "field(other team)"}};
    for (const Who &who : roles) {
        for (Status from : codes::allStatuses()) {
            for (Status to : codes::allStatuses()) {
                QTest::addRow("%s: %s -> %s", who.name, qPrintable(codes::code(from)),
                              qPrintable(codes::code(to)))
                    << from << to << who.role << who.ownTeam << specAllowed(from, to, who.role, who.ownTeam);
            }
        }
    }
}

void TestWorkflow::everyTransition()
{
    QFETCH(Status, from);
    QFETCH(Status, to);
    QFETCH(Role, role);
    QFETCH(bool, ownTeam);
    QFETCH(bool, allowed);

    const TransitionCheck c = Workflow::check(from, to, role, ownTeam);
    QCOMPARE(c.allowed, allowed);
    if (allowed) {
        QVERIFY2(c.reason.isEmpty(), qPrintable(c.reason));
        QCOMPARE(c.note, specNote(to));
    } else {
        // A refusal always tells the user why.
        QVERIFY(!c.reason.trimmed().isEmpty());
    }
}

void TestWorkflow::namedTransitions_data()
{
    // The cases users talk about, spelled out (the oracle above is checked against these too).
    QTest::addColumn<Status>("from");
    QTest::addColumn<Status>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("ownTeam");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("admin triage->new") << Status::Triage << Status::New << Role::Admin << true << false;
    QTest::newRow("supervisor closed->new")
        << Status::Closed << Status::New << Role::Supervisor << true << false;
    QTest::newRow("admin fixed->fixed") << Status::Fixed << Status::Fixed << Role::Admin << true << false;
    QTest::newRow("agent new->new") << Status::New << Status::New << Role::Agent << true << false;
    QTest::newRow("agent new->triage") << Status::New << Status::Triage << Role::Agent << true << true;
    QTest::newRow("agent triage->duplicate")
        << Status::Triage << Status::Duplicate << Role::Agent << true << true;
    QTest::newRow("agent planned->cancelled")
        << Status::Planned << Status::Cancelled << Role::Agent << true << false;
    QTest::newRow("agent closed->in_progress")
        << Status::Closed << Status::InProgress << Role::Agent << true << false;
    QTest::newRow("agent duplicate->closed")
        << Status::Duplicate << Status::Closed << Role::Agent << true << false;
    QTest::newRow("agent cancelled->triage")
        << Status::Cancelled << Status::Triage << Role::Agent << true << false;
    QTest::newRow("agent fixed->acknowledged")
        << Status::Fixed << Status::Acknowledged << Role::Agent << true << false;
    QTest::newRow("agent fixed->closed") << Status::Fixed << Status::Closed << Role::Agent << true << true;
    QTest::newRow("agent forwarded->fixed")
        << Status::Forwarded << Status::Fixed << Role::Agent << true << true;
    QTest::newRow("supervisor planned->cancelled")
        << Status::Planned << Status::Cancelled << Role::Supervisor << true << true;
    QTest::newRow("supervisor closed->in_progress")
        << Status::Closed << Status::InProgress << Role::Supervisor << true << true;
    QTest::newRow("admin fixed->acknowledged")
        << Status::Fixed << Status::Acknowledged << Role::Admin << true << true;
    QTest::newRow("admin cancelled->triage")
        << Status::Cancelled << Status::Triage << Role::Admin << true << true;
    QTest::newRow("field planned->in_progress")
        << Status::Planned << Status::InProgress << Role::Field << true << true;
    QTest::newRow("field in_progress->fixed")
        << Status::InProgress << Status::Fixed << Role::Field << true << true;
    QTest::newRow("field planned->waiting")
        << Status::Planned << Status::Waiting << Role::Field << true << true;
    QTest::newRow("field planned->no_further_action")
        << Status::Planned << Status::NoFurtherAction << Role::Field << true << true;
    QTest::newRow("field other team planned->in_progress")
        << Status::Planned << Status::InProgress << Role::Field << false << false;
    QTest::newRow("field planned->closed")
        << Status::Planned << Status::Closed << Role::Field << true << false;
    QTest::newRow("field planned->cancelled")
        << Status::Planned << Status::Cancelled << Role::Field << true << false;
    QTest::newRow("field new->acknowledged")
        << Status::New << Status::Acknowledged << Role::Field << true << false;
    QTest::newRow("field fixed->in_progress")
        << Status::Fixed << Status::InProgress << Role::Field << true << false;
    QTest::newRow("field closed->waiting")
        << Status::Closed << Status::Waiting << Role::Field << true << false;
}

void TestWorkflow::namedTransitions()
{
    QFETCH(Status, from);
    QFETCH(Status, to);
    QFETCH(Role, role);
    QFETCH(bool, ownTeam);
    QFETCH(bool, allowed);
    QCOMPARE(specAllowed(from, to, role, ownTeam), allowed); // the oracle says what the brief says
    QCOMPARE(Workflow::check(from, to, role, ownTeam).allowed, allowed);
}

void TestWorkflow::allowedTargetsMatchCheck()
{
    for (Role role : codes::allRoles()) {
        for (bool own : {true, false}) {
            for (Status from : codes::allStatuses()) {
                QList<Status> expected;
                for (Status to : codes::allStatuses())
                    if (specAllowed(from, to, role, own))
                        expected.append(to);
                QCOMPARE(Workflow::allowedTargets(from, role, own), expected);
                QVERIFY(!Workflow::allowedTargets(from, role, own).contains(Status::New));
            }
        }
    }
    // The default is "own team".
    QCOMPARE(Workflow::allowedTargets(Status::Planned, Role::Field),
             (QList<Status>{Status::Waiting, Status::InProgress, Status::Fixed, Status::NoFurtherAction}));
}

void TestWorkflow::noteRequirements_data()
{
    QTest::addColumn<Status>("to");
    QTest::addColumn<NoteRequirement>("note");
    QTest::newRow("duplicate") << Status::Duplicate << NoteRequirement::DuplicateOf;
    QTest::newRow("forwarded") << Status::Forwarded << NoteRequirement::ForwardedTo;
    QTest::newRow("no_further_action") << Status::NoFurtherAction << NoteRequirement::Reason;
    QTest::newRow("not_responsible") << Status::NotResponsible << NoteRequirement::Reason;
    QTest::newRow("cancelled") << Status::Cancelled << NoteRequirement::Reason;
    for (Status s : {Status::Triage, Status::Acknowledged, Status::Investigating, Status::Waiting,
                     Status::Planned, Status::InProgress, Status::Fixed, Status::Closed})
        QTest::newRow(qPrintable(codes::code(s))) << s << NoteRequirement::None;
}

void TestWorkflow::noteRequirements()
{
    QFETCH(Status, to);
    QFETCH(NoteRequirement, note);
    QCOMPARE(Workflow::noteFor(to), note);
    // The check of an allowed transition carries the same requirement.
    const Status from = to == Status::Triage ? Status::New : Status::Triage;
    const TransitionCheck c = Workflow::check(from, to, Role::Admin);
    QVERIFY(c.allowed);
    QCOMPARE(c.note, note);
}

void TestWorkflow::rights()
{
    QVERIFY(Workflow::canSeePersonalData(Role::Agent));
    QVERIFY(Workflow::canSeePersonalData(Role::Supervisor));
    QVERIFY(Workflow::canSeePersonalData(Role::Admin));
    QVERIFY(!Workflow::canSeePersonalData(Role::Field));
    QVERIFY(Workflow::canEditTicket(Role::Agent));
    QVERIFY(!Workflow::canEditTicket(Role::Field));

    QVERIFY(Workflow::isReopening(Status::Closed, Status::Triage));
    QVERIFY(Workflow::isReopening(Status::Fixed, Status::InProgress));
    QVERIFY(Workflow::isReopening(Status::Duplicate, Status::Closed)); // changing the closing status
    QVERIFY(!Workflow::isReopening(Status::Fixed, Status::Closed));
    QVERIFY(!Workflow::isReopening(Status::Planned, Status::Fixed));
    QVERIFY(!Workflow::isReopening(Status::Closed, Status::Closed));
}

void TestWorkflow::statusCodesAreStableAndUnique()
{
    // The codes are a contract (CLI, JSON, CSV, database): same order as the enum.
    const QStringList expected{
        u"new"_s,       u"triage"_s,          u"acknowledged"_s,      u"investigating"_s, u"waiting"_s,
        u"planned"_s,   u"in_progress"_s,     u"forwarded"_s,         u"fixed"_s,         u"closed"_s,
        u"duplicate"_s, u"not_responsible"_s, u"no_further_action"_s, u"cancelled"_s};
    QStringList got;
    for (Status s : codes::allStatuses())
        got.append(codes::code(s));
    QCOMPARE(got, expected);
    QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size());

    static const QRegularExpression ascii(u"^[a-z][a-z_]*$"_s);
    auto checkCodes = [](const QStringList &list) {
        QCOMPARE(QSet<QString>(list.begin(), list.end()).size(), list.size());
        for (const QString &c : list)
            QVERIFY2(ascii.match(c).hasMatch(), qPrintable(c));
    };
    QStringList p, ch, k, r;
    for (Priority x : codes::allPriorities())
        p.append(codes::code(x));
    for (Channel x : codes::allChannels())
        ch.append(codes::code(x));
    for (TicketKind x : codes::allKinds())
        k.append(codes::code(x));
    for (Role x : codes::allRoles())
        r.append(codes::code(x));
    checkCodes(got);
    checkCodes(p);
    checkCodes(ch);
    checkCodes(k);
    checkCodes(r);
    QCOMPARE(p, (QStringList{u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s}));
    QCOMPARE(r, (QStringList{u"agent"_s, u"supervisor"_s, u"field"_s, u"admin"_s}));
    QCOMPARE(codes::code(CommentKind::Internal), u"internal"_s);
    QCOMPARE(codes::code(CommentKind::Public), u"public"_s);
    for (Status s : codes::allStatuses())
        QVERIFY(!codes::label(s).isEmpty());
}

void TestWorkflow::codesRoundTrip()
{
    for (Status s : codes::allStatuses())
        QCOMPARE(codes::status(codes::code(s)), std::optional<Status>(s));
    for (Priority x : codes::allPriorities())
        QCOMPARE(codes::priority(codes::code(x)), std::optional<Priority>(x));
    for (Channel x : codes::allChannels())
        QCOMPARE(codes::channel(codes::code(x)), std::optional<Channel>(x));
    for (TicketKind x : codes::allKinds())
        QCOMPARE(codes::kind(codes::code(x)), std::optional<TicketKind>(x));
    for (Role x : codes::allRoles())
        QCOMPARE(codes::role(codes::code(x)), std::optional<Role>(x));
    for (CommentKind x : {CommentKind::Internal, CommentKind::Public})
        QCOMPARE(codes::commentKind(codes::code(x)), std::optional<CommentKind>(x));
    for (StatusClass x : {StatusClass::Open, StatusClass::Fixed, StatusClass::Closed})
        QCOMPARE(codes::statusClass(codes::code(x)), std::optional<StatusClass>(x));
    QCOMPARE(codes::code(StatusClass::Open), u"open"_s);
    QCOMPARE(codes::code(StatusClass::Fixed), u"fixed"_s);
    QCOMPARE(codes::code(StatusClass::Closed), u"closed"_s);
    // Urgent sorts highest.
    QVERIFY(codes::rank(Priority::Urgent) > codes::rank(Priority::High));
    QVERIFY(codes::rank(Priority::High) > codes::rank(Priority::Normal));
    QVERIFY(codes::rank(Priority::Normal) > codes::rank(Priority::Low));
}

void TestWorkflow::statusClasses_data()
{
    QTest::addColumn<Status>("status");
    QTest::addColumn<StatusClass>("cls");
    for (Status s : kOpen)
        QTest::newRow(qPrintable(codes::code(s))) << s << StatusClass::Open;
    QTest::newRow("fixed") << Status::Fixed << StatusClass::Fixed;
    for (Status s : kClosed)
        QTest::newRow(qPrintable(codes::code(s))) << s << StatusClass::Closed;
}

void TestWorkflow::statusClasses()
{
    QFETCH(Status, status);
    QFETCH(StatusClass, cls);
    QCOMPARE(codes::statusClass(status), cls);
    QCOMPARE(codes::isOpen(status), cls == StatusClass::Open);
}

void TestWorkflow::unknownCodesAreRejected()
{
    for (const QString &bad :
         {u""_s, u"New"_s, u"NEW"_s, u" new"_s, u"in progress"_s, u"closed "_s, u"bogus"_s})
        QVERIFY2(!codes::status(bad), qPrintable(bad));
    QVERIFY(!codes::priority(u"Urgent"_s));
    QVERIFY(!codes::channel(u"fax"_s));
    QVERIFY(!codes::kind(u""_s));
    QVERIFY(!codes::role(u"root"_s));
    QVERIFY(!codes::commentKind(u"private"_s));
    QVERIFY(!codes::statusClass(u"pending"_s));
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Deadlines per category and priority in working time, paused while waiting (domain/deadlines.h).
#include "domain/deadlines.h"
#include "domain/referencedata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

namespace {

QDateTime paris(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), WorkingCalendar::paris());
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void text();
    void perCategoryAndPriority_data();
    void perCategoryAndPriority();
    void dueAtCountsWorkingTime();
    void pausesMoveTheDeadline();
    void pausingStatuses();
    void state();
};

void TestDeadlines::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("hours");
    QTest::addColumn<bool>("valid");
    QTest::newRow("days") << u"10j"_s << 10 << 0 << true;
    QTest::newRow("days in English") << u"3d"_s << 3 << 0 << true;
    QTest::newRow("hours") << u"4h"_s << 0 << 4 << true;
    QTest::newRow("both") << u"1j 4h"_s << 1 << 4 << true;
    QTest::newRow("both, no space") << u"2J6H"_s << 2 << 6 << true;
    QTest::newRow("zero") << u"0j"_s << 0 << 0 << false;
    QTest::newRow("empty") << u""_s << 0 << 0 << false;
    QTest::newRow("words") << u"dix jours"_s << 0 << 0 << false;
    QTest::newRow("negative") << u"-2j"_s << 0 << 0 << false;
    QTest::newRow("hours first") << u"4h 1j"_s << 0 << 0 << false;
}

void TestDeadlines::parse()
{
    QFETCH(QString, text);
    QFETCH(int, days);
    QFETCH(int, hours);
    QFETCH(bool, valid);
    const auto d = Deadline::parse(text);
    QCOMPARE(d.has_value(), valid);
    if (valid) {
        QCOMPARE(d->days, days);
        QCOMPARE(d->hours, hours);
    }
}

void TestDeadlines::text()
{
    QCOMPARE((Deadline{10, 0}).text(), u"10 jours ouvrés"_s);
    QCOMPARE((Deadline{1, 0}).text(), u"1 jour ouvré"_s);
    QCOMPARE((Deadline{0, 4}).text(), u"4 heures ouvrées"_s);
    QCOMPARE((Deadline{1, 2}).text(), u"1 jour ouvré et 2 heures ouvrées"_s);
    QCOMPARE((Deadline{2, 0}).minutes(WorkingHours::standard()), qint64(960));
}

void TestDeadlines::perCategoryAndPriority_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<Deadline>("expected");
    // The configuration: lampadaire 5 days (10 days when low); feu_tricolore 1 day, urgent 2 h;
    // city-wide: high 2 days, urgent 4 hours, when shorter than the category's.
    QTest::newRow("normal: the category's") << u"lampadaire"_s << Priority::Normal << Deadline{5, 0};
    QTest::newRow("low: the category's own") << u"lampadaire"_s << Priority::Low << Deadline{10, 0};
    QTest::newRow("low without its own: normal's") << u"nid_de_poule"_s << Priority::Low << Deadline{10, 0};
    QTest::newRow("high: the city's, shorter") << u"nid_de_poule"_s << Priority::High << Deadline{2, 0};
    QTest::newRow("high: the category's, shorter") << u"feu_tricolore"_s << Priority::High << Deadline{1, 0};
    QTest::newRow("urgent: the city's") << u"nid_de_poule"_s << Priority::Urgent << Deadline{0, 4};
    QTest::newRow("urgent: the category's own") << u"feu_tricolore"_s << Priority::Urgent << Deadline{0, 2};
    QTest::newRow("high: the category's own") << u"fuite"_s << Priority::High << Deadline{0, 4};
    QTest::newRow("unknown category: 10 days") << u"inconnue"_s << Priority::Normal << Deadline{10, 0};
}

void TestDeadlines::perCategoryAndPriority()
{
    QFETCH(QString, category);
    QFETCH(Priority, priority);
    QFETCH(Deadline, expected);
    const Deadline got = Deadlines::forTicket(ReferenceData::builtin(), category, priority);
    QCOMPARE(got.days, expected.days);
    QCOMPARE(got.hours, expected.hours);
}

void TestDeadlines::dueAtCountsWorkingTime()
{
    const ReferenceData &ref = ReferenceData::builtin();
    // An urgent pothole reported on Friday at 16:00: 4 working hours, so Monday 11:00.
    QCOMPARE(Deadlines::dueAt(ref, paris(2026, 3, 13, 16, 0), u"nid_de_poule"_s, Priority::Urgent, 0),
             paris(2026, 3, 16, 11, 0).toUTC());
    // A street lamp out reported on Thursday 2 April 2026 at 10:00: 5 working days, over Easter
    // Monday, so Friday 10 April at 10:00.
    QCOMPARE(Deadlines::dueAt(ref, paris(2026, 4, 2, 10, 0), u"lampadaire"_s, Priority::Normal, 0),
             paris(2026, 4, 10, 10, 0).toUTC());
    // Reported on Saturday night: the clock starts on Monday morning.
    QCOMPARE(Deadlines::dueAt(ref, paris(2026, 3, 14, 23, 0), u"feu_tricolore"_s, Priority::Urgent, 0),
             paris(2026, 3, 16, 10, 30).toUTC());
}

void TestDeadlines::pausesMoveTheDeadline()
{
    const ReferenceData &ref = ReferenceData::builtin();
    const QDateTime created = paris(2026, 3, 9, 9, 0); // Monday
    const QDateTime due = Deadlines::dueAt(ref, created, u"lampadaire"_s, Priority::Normal, 0);
    QCOMPARE(due, paris(2026, 3, 16, 9, 0).toUTC());
    // Waiting on the reporter from Tuesday 10:00 to Thursday 10:00: two working days more.
    const qint64 paused =
        WorkingCalendar::workingMinutesBetween(paris(2026, 3, 10, 10, 0), paris(2026, 3, 12, 10, 0));
    QCOMPARE(paused, qint64(960));
    QCOMPARE(Deadlines::dueAt(ref, created, u"lampadaire"_s, Priority::Normal, paused),
             paris(2026, 3, 18, 9, 0).toUTC());
    // A pause over a weekend counts only its working time.
    const qint64 weekend =
        WorkingCalendar::workingMinutesBetween(paris(2026, 3, 13, 17, 0), paris(2026, 3, 16, 9, 30));
    QCOMPARE(weekend, qint64(90));
}

void TestDeadlines::pausingStatuses()
{
    for (Status s : codes::allStatuses())
        QCOMPARE(Deadlines::pauses(s), s == Status::Waiting || s == Status::Forwarded);
}

void TestDeadlines::state()
{
    const WorkingHours h = WorkingHours::standard();
    const QDateTime now = paris(2026, 3, 10, 10, 0); // Tuesday
    const QDateTime soon = Deadlines::dueSoonLimit(now, h);
    QCOMPARE(soon, paris(2026, 3, 11, 10, 0).toUTC()); // one working day
    QCOMPARE(Deadlines::dueSoonLimit(paris(2026, 3, 13, 15, 0), h), paris(2026, 3, 16, 15, 0).toUTC());
    auto st = [&](const QDateTime &due, bool open = true, bool paused = false) {
        return Deadlines::state(due, now, open, paused, soon);
    };
    QCOMPARE(st(paris(2026, 3, 10, 9, 59)), DeadlineState::Overdue);
    QCOMPARE(st(paris(2026, 3, 10, 17, 0)), DeadlineState::DueSoon);
    QCOMPARE(st(paris(2026, 3, 11, 10, 0)), DeadlineState::DueSoon);
    QCOMPARE(st(paris(2026, 3, 11, 10, 1)), DeadlineState::OnTime);
    QCOMPARE(st(paris(2026, 3, 9, 9, 0), false), DeadlineState::None);
    QCOMPARE(st(paris(2026, 3, 9, 9, 0), true, true), DeadlineState::Paused);
    QCOMPARE(st(QDateTime()), DeadlineState::None);
    QCOMPARE(Deadlines::code(DeadlineState::Overdue), u"overdue"_s);
    QCOMPARE(Deadlines::code(DeadlineState::Paused), u"paused"_s);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"

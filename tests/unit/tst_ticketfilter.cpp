// SPDX-License-Identifier: GPL-3.0-or-later
// The filters shared by the Inbox, the map, the kanban and `lanternectl tickets list`
// (storage/ticketfilter.h) and the paged reads of storage/ticketrepository.h, checked against a
// plain C++ evaluation of every filter on a demo store.
#include "demo/demogenerator.h"
#include "domain/deadlines.h"
#include "domain/referencedata.h"
#include "domain/workingcalendar.h"
#include "storage/localstore.h"
#include "storage/ticketfilter.h"
#include "storage/ticketrepository.h"

#include <functional>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lanterne;

Q_DECLARE_METATYPE(lanterne::TicketFilter)
Q_DECLARE_METATYPE(lanterne::TicketSort)

namespace {

/** Lower case without diacritics, as the full-text index folds text. */
QString fold(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toLower();
}

/** Words as the index sees them: runs of letters and digits. */
QStringList words(const QString &s)
{
    QStringList out;
    QString cur;
    for (QChar c : fold(s)) {
        if (c.isLetterOrNumber()) {
            cur.append(c);
        } else if (!cur.isEmpty()) {
            out.append(cur);
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out.append(cur);
    return out;
}

/** Each word of @p search is the prefix of a word of the reference, description or address. */
bool matchesSearch(const Ticket &t, const QString &search)
{
    const QStringList terms = words(search);
    if (terms.isEmpty())
        return true;
    const QStringList text = words(t.reference) + words(t.description) + words(t.address);
    for (const QString &term : terms) {
        bool found = false;
        for (const QString &w : text)
            found = found || w.startsWith(term);
        if (!found)
            return false;
    }
    return true;
}

QDate parisDay(const QDateTime &t)
{
    return t.toTimeZone(WorkingCalendar::paris()).date();
}

/** The filter evaluated in C++, independently of the SQL. */
bool matches(const Ticket &t, const TicketFilter &f, const QDateTime &now)
{
    const ReferenceData &ref = ReferenceData::builtin();
    if (!f.statuses.isEmpty() && !f.statuses.contains(codes::code(t.status)))
        return false;
    if (!f.statusClass.isEmpty() && codes::code(codes::statusClass(t.status)) != f.statusClass)
        return false;
    if (!f.categories.isEmpty() && !f.categories.contains(t.category))
        return false;
    if (!f.domain.isEmpty() && (!ref.category(t.category) || ref.category(t.category)->domain != f.domain))
        return false;
    if (!f.municipality.isEmpty() && t.municipality != f.municipality)
        return false;
    if (!f.district.isEmpty() && t.district != f.district)
        return false;
    // "-": none.
    auto same = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || (wanted == "-"_L1 ? value.isEmpty() : value == wanted);
    };
    if (!same(f.service, t.service) || !same(f.team, t.team) || !same(f.assignee, t.assignee))
        return false;
    if (!f.priority.isEmpty() && codes::code(t.priority) != f.priority)
        return false;
    if (!f.channel.isEmpty() && codes::code(t.channel) != f.channel)
        return false;
    if (f.from.isValid() && parisDay(t.createdAt) < f.from)
        return false;
    if (f.to.isValid() && parisDay(t.createdAt) > f.to)
        return false;
    // A paused deadline is neither late nor due soon.
    const bool running = codes::isOpen(t.status) && t.dueAt.isValid() && !t.pausedAt.isValid();
    if (f.overdue && !(running && t.dueAt < now))
        return false;
    const QDateTime soon = Deadlines::dueSoonLimit(now, ref.workingHours());
    if (f.dueSoon && !(running && t.dueAt >= now && t.dueAt <= soon))
        return false;
    if (f.doneDays > 0 && !codes::isOpen(t.status) &&
        !(t.resolvedAt.isValid() && t.resolvedAt >= now.addDays(-f.doneDays)))
        return false;
    if (!f.ids.isEmpty() && !f.ids.contains(t.id))
        return false;
    return matchesSearch(t, f.search);
}

QStringList idsOf(const QList<Ticket> &list)
{
    QStringList out;
    for (const Ticket &t : list)
        out.append(t.id);
    return out;
}

} // namespace

class TestTicketFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void overdueAtAGivenTime();
    void sortOrders_data();
    void sortOrders();
    void positionOf();
    void ftsQuerySpecialCharacters_data();
    void ftsQuerySpecialCharacters();
    void ftsQueryWords();
    void searchByReference();
    void searchIgnoresAccentsAndCase();
    void jsonRoundTrip();
    void isEmpty();

private:
    QList<Ticket> fetchAll(const TicketFilter &f, int pageSize);

    QTemporaryDir m_dir;
    LocalStore m_store;
    QList<Ticket> m_all; ///< every ticket, in storage order
};

void TestTicketFilter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = m_store.open(m_dir.filePath(u"filter.db"_s), LocalStore::OpenMode::ReadWrite, true);
    QVERIFY2(r.ok, qPrintable(r.message));
    demo::DemoOptions o;
    o.tickets = 2000;
    o.seed = 5;
    o.until = QDate(2026, 6, 30);
    const auto d = demo::DemoGenerator::generate(m_store, o);
    QVERIFY2(d.ok, qPrintable(d.message));

    // Every ticket, read row by row without the filter code.
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(u"SELECT "_s + TicketRepository::ticketColumns() + u" FROM ticket ORDER BY seq"_s));
    while (q.next())
        m_all.append(TicketRepository::readTicket(q));
    QCOMPARE(m_all.size(), 2000);

    // The data set makes the date filters meaningful: some tickets are created on a different day
    // in Paris than in UTC.
    int shifted = 0;
    for (const Ticket &t : std::as_const(m_all))
        shifted += parisDay(t.createdAt) != t.createdAt.toUTC().date();
    QVERIFY(shifted > 0);
}

QList<Ticket> TestTicketFilter::fetchAll(const TicketFilter &f, int pageSize)
{
    TicketRepository repo(m_store);
    QList<Ticket> out;
    for (qint64 offset = 0;; offset += pageSize) {
        const QList<Ticket> page = repo.page(f, offset, pageSize);
        [&] { QVERIFY2(repo.lastError().isEmpty(), qPrintable(repo.lastError())); }();
        out += page;
        if (page.size() < pageSize || offset > 100000)
            break;
    }
    return out;
}

void TestTicketFilter::filters_data()
{
    QTest::addColumn<TicketFilter>("filter");
    QTest::addColumn<bool>("mayBeEmpty");
    auto add = [](const char *name, std::function<void(TicketFilter &)> set, bool mayBeEmpty = false) {
        TicketFilter f;
        set(f);
        QTest::newRow(name) << f << mayBeEmpty;
    };
    add("everything", [](TicketFilter &) {});
    add("status new or triage", [](TicketFilter &f) { f.statuses = {u"new"_s, u"triage"_s}; });
    add("status fixed", [](TicketFilter &f) { f.statuses = {u"fixed"_s}; });
    add("class open", [](TicketFilter &f) { f.statusClass = u"open"_s; });
    add("class fixed", [](TicketFilter &f) { f.statusClass = u"fixed"_s; });
    add("class closed", [](TicketFilter &f) { f.statusClass = u"closed"_s; });
    add("categories", [](TicketFilter &f) { f.categories = {u"lampadaire"_s, u"nid_de_poule"_s}; });
    add("domain voirie", [](TicketFilter &f) { f.domain = u"voirie"_s; });
    add(
        "domain unknown", [](TicketFilter &f) { f.domain = u"astronomie"_s; }, true);
    add("district hoche", [](TicketFilter &f) { f.district = u"hoche"_s; });
    add("priority high", [](TicketFilter &f) { f.priority = u"high"_s; });
    add("priority low", [](TicketFilter &f) { f.priority = u"low"_s; });
    add("channel phone", [](TicketFilter &f) { f.channel = u"phone"_s; });
    add("municipality Pantin", [](TicketFilter &f) { f.municipality = u"93055"_s; });
    add(
        "municipality Montreuil", [](TicketFilter &f) { f.municipality = u"93048"_s; }, true);
    add("service voirie", [](TicketFilter &f) { f.service = u"voirie"_s; });
    add("team voirie-nord", [](TicketFilter &f) { f.team = u"voirie-nord"_s; });
    add("assignee", [](TicketFilter &f) { f.assignee = u"c.moreau"_s; });
    add("from/to", [](TicketFilter &f) {
        f.from = QDate(2026, 6, 22);
        f.to = QDate(2026, 6, 24);
    });
    add("one day", [](TicketFilter &f) { f.from = f.to = QDate(2026, 6, 25); });
    add("from only", [](TicketFilter &f) { f.from = QDate(2026, 6, 27); });
    add("to only", [](TicketFilter &f) { f.to = QDate(2026, 6, 21); });
    add(
        "to before everything", [](TicketFilter &f) { f.to = QDate(2020, 1, 1); }, true);
    add("overdue", [](TicketFilter &f) { f.overdue = true; });
    add(
        "due soon", [](TicketFilter &f) { f.dueSoon = true; }, true); // the test city ends in June
    add("no team", [](TicketFilter &f) { f.team = u"-"_s; });
    add("nobody assigned, open", [](TicketFilter &f) {
        f.assignee = u"-"_s;
        f.statusClass = u"open"_s;
    });
    add("open, and done in the last 200 days", [](TicketFilter &f) { f.doneDays = 200; });
    add("fixed in the last 200 days", [](TicketFilter &f) {
        f.statuses = {u"fixed"_s};
        f.doneDays = 200;
    });
    add("search eclairage", [](TicketFilter &f) { f.search = u"eclairage"_s; });
    add(
        "search two words", [](TicketFilter &f) { f.search = u"rue trottoir"_s; }, true);
    add("search prefix", [](TicketFilter &f) { f.search = u"lamp"_s; });
    add(
        "search nothing", [](TicketFilter &f) { f.search = u"xyzzyplugh"_s; }, true);
    add("combined", [](TicketFilter &f) {
        f.statusClass = u"open"_s;
        f.domain = u"proprete"_s;
        f.channel = u"mobile_app"_s;
    });
    add("combined with dates and search", [](TicketFilter &f) {
        f.statuses = {u"fixed"_s, u"closed"_s, u"duplicate"_s};
        f.from = QDate(2026, 6, 20);
        f.search = u"rue"_s;
    });
}

void TestTicketFilter::filters()
{
    QFETCH(TicketFilter, filter);
    QFETCH(bool, mayBeEmpty);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TicketRepository repo(m_store);

    QStringList expected;
    for (const Ticket &t : std::as_const(m_all))
        if (matches(t, filter, now))
            expected.append(t.id);
    if (!mayBeEmpty)
        QVERIFY2(!expected.isEmpty() && expected.size() < 2000 + 1,
                 "the data set does not exercise this filter");

    const qint64 count = repo.count(filter);
    QVERIFY2(repo.lastError().isEmpty(), qPrintable(repo.lastError()));
    QCOMPARE(count, qint64(expected.size()));

    // Paging through everything gives each matching ticket once.
    const QList<Ticket> paged = fetchAll(filter, 97);
    QCOMPARE(qint64(paged.size()), count);
    const QStringList pagedIds = idsOf(paged);
    QCOMPARE(QSet<QString>(pagedIds.begin(), pagedIds.end()).size(), pagedIds.size());
    for (const Ticket &t : paged)
        QVERIFY2(matches(t, filter, now), qPrintable(t.reference));
    QCOMPARE(QSet<QString>(pagedIds.begin(), pagedIds.end()),
             QSet<QString>(expected.begin(), expected.end()));
    // Pages put together are the list read at once.
    QCOMPARE(pagedIds, idsOf(repo.page(filter, 0, 100000)));
    // Past the end: nothing.
    QVERIFY(repo.page(filter, count, 50).isEmpty());
}

void TestTicketFilter::overdueAtAGivenTime()
{
    // "Overdue" is decided by the time given: open and due before it.
    const QDateTime now(QDate(2026, 6, 26), QTime(12, 0), WorkingCalendar::paris());
    TicketFilter f;
    f.overdue = true;
    QVariantList binds;
    const QString where = f.whereClause(&binds, now);
    QSqlQuery q(m_store.database());
    q.prepare(u"SELECT id FROM ticket"_s + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QSet<QString> got;
    while (q.next())
        got.insert(q.value(0).toString());
    QSet<QString> expected;
    int openNotDue = 0;
    for (const Ticket &t : std::as_const(m_all)) {
        if (matches(t, f, now))
            expected.insert(t.id);
        else if (codes::isOpen(t.status))
            ++openNotDue;
    }
    QCOMPARE(got, expected);
    QVERIFY(!expected.isEmpty());
    QVERIFY(openNotDue > 0); // some open tickets are not late yet at that time

    // Due within the next working day at that time (a Friday noon: until Monday noon).
    TicketFilter soon;
    soon.dueSoon = true;
    binds.clear();
    q.prepare(u"SELECT id FROM ticket"_s + soon.whereClause(&binds, now));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QSet<QString> gotSoon, expectedSoon;
    while (q.next())
        gotSoon.insert(q.value(0).toString());
    const QDateTime limit(QDate(2026, 6, 29), QTime(12, 0), WorkingCalendar::paris());
    for (const Ticket &t : std::as_const(m_all))
        if (codes::isOpen(t.status) && !t.pausedAt.isValid() && t.dueAt.isValid() && t.dueAt >= now &&
            t.dueAt <= limit)
            expectedSoon.insert(t.id);
    QCOMPARE(gotSoon, expectedSoon);
    QVERIFY(!expectedSoon.isEmpty());
    QVERIFY(gotSoon.intersect(got).isEmpty());
}

void TestTicketFilter::sortOrders_data()
{
    QTest::addColumn<TicketSort>("sort");
    QTest::addColumn<bool>("ascending");
    for (TicketSort s : {TicketSort::Created, TicketSort::Updated, TicketSort::Due, TicketSort::Priority,
                         TicketSort::Status, TicketSort::Reference}) {
        for (bool asc : {false, true})
            QTest::addRow("%s %s", qPrintable(TicketFilter::sortCode(s)), asc ? "asc" : "desc") << s << asc;
    }
}

void TestTicketFilter::sortOrders()
{
    QFETCH(TicketSort, sort);
    QFETCH(bool, ascending);
    TicketFilter f;
    f.statusClass = u"open"_s;
    f.sort = sort;
    f.ascending = ascending;
    const QList<Ticket> list = fetchAll(f, 113);
    QCOMPARE(qint64(list.size()), TicketRepository(m_store).count(f));
    QVERIFY(list.size() > 100);

    // -1, 0 or 1 comparing two tickets on the sort key.
    auto cmp = [sort](const Ticket &a, const Ticket &b) -> int {
        auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        switch (sort) {
        case TicketSort::Created:
            return three(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch());
        case TicketSort::Updated:
            return three(a.updatedAt.toMSecsSinceEpoch(), b.updatedAt.toMSecsSinceEpoch());
        case TicketSort::Due:
            return three(a.dueAt.toMSecsSinceEpoch(), b.dueAt.toMSecsSinceEpoch());
        case TicketSort::Priority:
            return three(codes::rank(a.priority), codes::rank(b.priority));
        case TicketSort::Status:
            return three(int(a.status), int(b.status));
        case TicketSort::Reference:
            return three(a.reference, b.reference);
        }
        return 0;
    };
    int distinct = 0;
    for (qsizetype i = 1; i < list.size(); ++i) {
        const int c = cmp(list[i - 1], list[i]);
        QVERIFY2(ascending ? c <= 0 : c >= 0,
                 qPrintable(u"%1 then %2"_s.arg(list[i - 1].reference, list[i].reference)));
        distinct += c != 0;
        // Ties on priority and status are broken by creation time, newest first by default.
        if (c == 0 && (sort == TicketSort::Priority || sort == TicketSort::Status)) {
            const qint64 a = list[i - 1].createdAt.toMSecsSinceEpoch(),
                         b = list[i].createdAt.toMSecsSinceEpoch();
            QVERIFY(ascending ? a <= b : a >= b);
        }
    }
    QVERIFY(distinct > 0);
    // Every ticket once.
    const QStringList ids = idsOf(list);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

void TestTicketFilter::positionOf()
{
    TicketRepository repo(m_store);
    QList<TicketFilter> filters;
    TicketFilter byDefault;
    filters.append(byDefault);
    TicketFilter byPriority;
    byPriority.sort = TicketSort::Priority;
    byPriority.domain = u"proprete"_s;
    filters.append(byPriority);
    TicketFilter byDue;
    byDue.sort = TicketSort::Due;
    byDue.ascending = true;
    byDue.statusClass = u"open"_s;
    filters.append(byDue);
    for (const TicketFilter &f : std::as_const(filters)) {
        const QList<Ticket> list = repo.page(f, 0, 100000);
        QVERIFY(list.size() > 10);
        for (qsizetype i : {qsizetype(0), qsizetype(1), list.size() / 3, list.size() / 2, list.size() - 2,
                            list.size() - 1}) {
            QCOMPARE(repo.positionOf(f, list[i].id), qint64(i));
        }
        for (qsizetype i = 0; i < list.size(); i += 37)
            QCOMPARE(repo.positionOf(f, list[i].id), qint64(i));
    }
    // A ticket the filter leaves out, and an unknown id.
    TicketFilter fixedOnly;
    fixedOnly.statuses = {u"fixed"_s};
    QString notFixed;
    for (const Ticket &t : std::as_const(m_all))
        if (t.status != Status::Fixed)
            notFixed = t.id;
    QCOMPARE(repo.positionOf(fixedOnly, notFixed), -1);
    QCOMPARE(repo.positionOf(byDefault, u"00000000-0000-4000-8000-000000000000"_s), -1);
}

void TestTicketFilter::ftsQuerySpecialCharacters_data()
{
    QTest::addColumn<QString>("search");
    for (const QString &s : {u"\""_s,
                             u"*"_s,
                             u"("_s,
                             u")"_s,
                             u"\"\""_s,
                             u"\"lampadaire"_s,
                             u"lampadaire\""_s,
                             u"lamp*"_s,
                             u"(lampadaire)"_s,
                             u"lampadaire OR rue"_s,
                             u"NOT rue"_s,
                             u"rue AND"_s,
                             u"NEAR(rue trottoir)"_s,
                             u"description:rue"_s,
                             u"^rue"_s,
                             u"+rue"_s,
                             u"-rue"_s,
                             u"-"_s,
                             u"."_s,
                             u"'"_s,
                             u"l'éclairage"_s,
                             u"rue; DROP TABLE ticket; --"_s,
                             u"' OR 1=1 --"_s,
                             u"%"_s,
                             u"_"_s,
                             u"\\"_s,
                             u"{rue}"_s,
                             u"[rue]"_s,
                             u"a\"b\"c"_s,
                             u"***"_s,
                             u"\t \n"_s,
                             u"🙂"_s,
                             u"rue 🙂"_s,
                             u"\u00A0rue\u00A0"_s,
                             u"ça"_s,
                             u"PAN-2026-"_s,
                             u"12 bis"_s})
        QTest::newRow(qPrintable(s.toUtf8().toPercentEncoding(" '()*\"-.;:_"))) << s;
}

void TestTicketFilter::ftsQuerySpecialCharacters()
{
    QFETCH(QString, search);
    TicketRepository repo(m_store);
    TicketFilter f;
    f.search = search;
    const qint64 count = repo.count(f);
    QVERIFY2(count >= 0, qPrintable(repo.lastError()));
    QVERIFY2(repo.lastError().isEmpty(), qPrintable(repo.lastError()));
    const QList<Ticket> page = repo.page(f, 0, 3000);
    QVERIFY2(repo.lastError().isEmpty(), qPrintable(repo.lastError()));
    QCOMPARE(qint64(page.size()), count);
    if (!page.isEmpty())
        QVERIFY(repo.positionOf(f, page.first().id) == 0);
    // Whatever it finds satisfies every word it contains.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Ticket &t : page)
        QVERIFY2(matches(t, f, now), qPrintable(t.reference));
    QCOMPARE(TicketRepository(m_store).count({}), 2000); // nothing was dropped
}

void TestTicketFilter::ftsQueryWords()
{
    QCOMPARE(TicketFilter::ftsQuery(QString()), QString());
    QCOMPARE(TicketFilter::ftsQuery(u"  \t "_s), QString());
    QCOMPARE(TicketFilter::ftsQuery(u"\"*()"_s), QString());
    // Quotes and operators never reach the FTS syntax: the same results with or without them.
    TicketRepository repo(m_store);
    auto countOf = [&](const QString &s) {
        TicketFilter f;
        f.search = s;
        return repo.count(f);
    };
    const qint64 plain = countOf(u"lampadaire"_s);
    QVERIFY(plain > 0);
    QCOMPARE(countOf(u"\"lampadaire\""_s), plain);
    QCOMPARE(countOf(u"(lampadaire)"_s), plain);
    QCOMPARE(countOf(u"lampadaire*"_s), plain);
    QCOMPARE(countOf(u"  LAMPADAIRE  "_s), plain);
    // Words are ANDed: two words find at most what each finds.
    const qint64 rue = countOf(u"rue"_s);
    QVERIFY(countOf(u"lampadaire rue"_s) <= std::min(plain, rue));
    // "OR" is a word to look for, not an operator.
    QVERIFY(countOf(u"lampadaire OR rue"_s) <= plain);
}

void TestTicketFilter::searchByReference()
{
    TicketRepository repo(m_store);
    for (qsizetype i : {0, 1, 500, 1234, 1999}) {
        const Ticket &t = m_all[i];
        for (const QString &s : {t.reference, t.reference.toLower(), u" "_s + t.reference + u" "_s}) {
            TicketFilter f;
            f.search = s;
            const QList<Ticket> found = repo.page(f, 0, 10);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found[0].id, t.id);
        }
        // And by UUID or reference directly.
        QCOMPARE(repo.ticket(t.reference)->id, t.id);
        QCOMPARE(repo.ticket(t.id)->reference, t.reference);
    }
}

void TestTicketFilter::searchIgnoresAccentsAndCase()
{
    TicketRepository repo(m_store);
    int withAccent = 0;
    for (const Ticket &t : std::as_const(m_all))
        withAccent += t.description.contains(u"éclairage"_s, Qt::CaseInsensitive);
    QVERIFY2(withAccent > 0, "no demo description mentions « éclairage »");

    QSet<QString> reference;
    for (const QString &s : {u"eclairage"_s, u"éclairage"_s, u"ÉCLAIRAGE"_s, u"Eclairage"_s, u"eclair"_s}) {
        TicketFilter f;
        f.search = s;
        const QStringList ids = idsOf(repo.page(f, 0, 5000));
        const QSet<QString> got(ids.begin(), ids.end());
        if (s == "eclairage"_L1)
            reference = got;
        else if (s != "eclair"_L1)
            QCOMPARE(got, reference);
        else
            QVERIFY(got.contains(reference));
        // Every ticket whose text holds « éclairage » is found.
        for (const Ticket &t : std::as_const(m_all))
            if (t.description.contains(u"éclairage"_s, Qt::CaseInsensitive))
                QVERIFY2(got.contains(t.id), qPrintable(s + u": "_s + t.reference));
    }
    QVERIFY(reference.size() >= withAccent);
}

void TestTicketFilter::jsonRoundTrip()
{
    TicketFilter f;
    f.statuses = {u"new"_s, u"planned"_s};
    f.statusClass = u"open"_s;
    f.categories = {u"lampadaire"_s};
    f.domain = u"eclairage"_s;
    f.municipality = u"93055"_s;
    f.district = u"hoche"_s;
    f.service = u"eclairage"_s;
    f.team = u"eclairage"_s;
    f.assignee = u"c.moreau"_s;
    f.priority = u"urgent"_s;
    f.channel = u"web"_s;
    f.from = QDate(2026, 1, 31);
    f.to = QDate(2026, 12, 1);
    f.overdue = true;
    f.search = u"l'éclairage \"rue\""_s;
    f.ids = {u"a"_s, u"b"_s};
    f.sort = TicketSort::Due;
    f.ascending = true;
    QCOMPARE(TicketFilter::fromJson(f.toJson()), f);
    // Through text, as saved filters are stored.
    const QByteArray text = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(TicketFilter::fromJson(QJsonDocument::fromJson(text).object()), f);

    const TicketFilter empty;
    QCOMPARE(TicketFilter::fromJson(empty.toJson()), empty);
    for (TicketSort s : {TicketSort::Created, TicketSort::Updated, TicketSort::Due, TicketSort::Priority,
                         TicketSort::Status, TicketSort::Reference}) {
        TicketFilter g;
        g.sort = s;
        QCOMPARE(TicketFilter::fromJson(g.toJson()).sort, s);
        QCOMPARE(TicketFilter::sortFromCode(TicketFilter::sortCode(s)), s);
    }
    // Unknown or missing values fall back to the defaults.
    QCOMPARE(TicketFilter::fromJson(QJsonObject{{u"sort"_s, u"bogus"_s}}).sort, TicketSort::Created);
    QCOMPARE(TicketFilter::fromJson(QJsonObject{}), empty);
}

void TestTicketFilter::isEmpty()
{
    TicketFilter f;
    QVERIFY(f.isEmpty());
    f.sort = TicketSort::Priority;
    f.ascending = true;
    QVERIFY(f.isEmpty()); // the order is not a filter
    f.search = u"x"_s;
    QVERIFY(!f.isEmpty());
    QVariantList binds;
    QVERIFY(TicketFilter().whereClause(&binds).isEmpty());
    QVERIFY(binds.isEmpty());
}

QTEST_GUILESS_MAIN(TestTicketFilter)
#include "tst_ticketfilter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The kanban at city scale: moving a card (one operation, then every open view updated and read as
// a view reads it), and refilling the board for a filter. Each against a reference measured in
// the same run: the same move followed by a full reload of every view; the Inbox's own refill.
//
//   bench_kanban STORE [MOVES] [RUNS]   (STORE: a demo store, e.g. lanternectl demo --tickets 350000)
#include "inboxmodel.h"
#include "kanbanboard.h"
#include "storage/localstore.h"
#include "storage/ticketrepository.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace lanterne;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

/** What a view does after a change: read the rows it shows (a column shows about 8 cards). */
void touch(const QAbstractItemModel &m, int rows)
{
    const int n = std::min(rows, m.rowCount());
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = m.index(r, 0);
        for (int role : {int(InboxModel::ReferenceRole), int(InboxModel::DeadlineTextRole),
                         int(InboxModel::CategoryLabelRole), int(InboxModel::FirstPhotoRole)})
            (void)m.data(i, role);
    }
}

void touchAll(const KanbanBoard &board, const InboxModel &inbox)
{
    for (int l = 0; l < board.lanes().size(); ++l)
        for (int c = 0; c < board.columns().size(); ++c)
            touch(*board.cell(l, c), 8);
    touch(inbox, 20);
}

int column(const KanbanBoard &board, const QString &code)
{
    const QVariantList columns = board.columns();
    for (int c = 0; c < columns.size(); ++c)
        if (columns[c].toMap().value(u"code"_s) == code)
            return c;
    return -1;
}

struct Case
{
    const char *name;
    TicketFilter filter;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_kanban STORE [MOVES] [RUNS]\n");
        return 2;
    }
    const int moves = args.size() > 2 ? args[2].toInt() : 20;
    const int runs = args.size() > 3 ? args[3].toInt() : 9;
    LocalStore store;
    if (const auto r = store.open(args[1]); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        return 1;
    }
    const Actor admin{u"admin"_s, Role::Admin, {}};
    for (const QString &lanes : {u""_s, u"priority"_s}) {
        KanbanBoard board(&store, admin);
        board.setLaneBy(lanes);
        InboxModel inbox(&store);
        touchAll(board, inbox);
        std::printf("board: %d tickets in %d columns x %d lanes (%s)\n", board.total(),
                    int(board.columns().size()), int(board.lanes().size()),
                    lanes.isEmpty() ? "no swimlanes" : "swimlanes by priority");

        // Moves between two open columns, there and back.
        const int from = column(board, u"acknowledged"_s), to = column(board, u"planned"_s);
        KanbanCellModel *source = board.cell(0, from);
        QStringList ids;
        for (int r = 0; r < std::min(moves, source->rowCount()); ++r)
            ids.append(source->ticketId(r));
        QList<double> fine, reset;
        for (const QString &id : std::as_const(ids)) {
            for (const int target : {to, from}) {
                QElapsedTimer t;
                t.start();
                const QVariantMap r = board.move(id, target);
                touchAll(board, inbox);
                fine.append(t.nsecsElapsed() / 1e6);
                if (!r.value(u"ok"_s).toBool()) {
                    std::fprintf(stderr, "move refused: %s\n", qPrintable(r.value(u"message"_s).toString()));
                    return 1;
                }
            }
            // Reference: the same move, then every view reloaded from scratch.
            for (const int target : {to, from}) {
                QElapsedTimer t;
                t.start();
                board.move(id, target);
                board.reload();
                inbox.reload();
                touchAll(board, inbox);
                reset.append(t.nsecsElapsed() / 1e6);
            }
        }
        std::printf("  move a card, every view updated: median %.2f ms (%lld moves); reference, every view "
                    "reloaded: median %.2f ms\n",
                    median(fine), static_cast<long long>(fine.size()), median(reset));

        // Refills for the filters of the Inbox.
        const QList<Case> cases{
            {"everything", {}},
            {"category street lamp",
             [] {
                 TicketFilter f;
                 f.categories = {u"lampadaire"_s};
                 return f;
             }()},
            {"district Hoche",
             [] {
                 TicketFilter f;
                 f.district = u"hoche"_s;
                 return f;
             }()},
            {"service roads",
             [] {
                 TicketFilter f;
                 f.service = u"voirie"_s;
                 return f;
             }()},
            {"overdue",
             [] {
                 TicketFilter f;
                 f.overdue = true;
                 return f;
             }()},
            {"priority urgent",
             [] {
                 TicketFilter f;
                 f.priority = u"urgent"_s;
                 return f;
             }()},
            {"search 'lampadaire'",
             [] {
                 TicketFilter f;
                 f.search = u"lampadaire"_s;
                 return f;
             }()},
            {"team cleaning A",
             [] {
                 TicketFilter f;
                 f.team = u"proprete-a"_s;
                 return f;
             }()},
        };
        QList<double> boardAll, inboxAll;
        for (const Case &c : cases) {
            QList<double> b, i;
            for (int run = 0; run < runs; ++run) {
                // From another board, like an agent changing filters (everything <-> urgent).
                TicketFilter other;
                if (c.filter.isEmpty())
                    other.priority = u"urgent"_s;
                board.setTicketFilter(other);
                QElapsedTimer t;
                t.start();
                board.setTicketFilter(c.filter);
                for (int l = 0; l < board.lanes().size(); ++l)
                    for (int col = 0; col < board.columns().size(); ++col)
                        touch(*board.cell(l, col), 8);
                b.append(t.nsecsElapsed() / 1e6);
                inbox.setTicketFilter(other);
                t.restart();
                inbox.setTicketFilter(c.filter);
                touch(inbox, 20);
                i.append(t.nsecsElapsed() / 1e6);
            }
            boardAll.append(median(b));
            inboxAll.append(median(i));
            std::printf("  filter %-22s board %7d tickets: median %7.2f ms   (Inbox list: %7.2f ms)\n",
                        c.name, board.total(), median(b), median(i));
        }
        std::printf("  refill: median of the mix %.2f ms, worst %.2f ms (Inbox list: median %.2f ms)\n",
                    median(boardAll), *std::max_element(boardAll.begin(), boardAll.end()), median(inboxAll));
    }
    return 0;
}

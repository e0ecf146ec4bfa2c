// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/**
 * The kanban as an agent uses it: cards dragged between columns, each move checked by the
 * workflow (allowed, refused with the reason, or a note asked for), keyboard moves, columns and
 * swimlanes.
 */
TestCase {
    id: tc
    name: "Kanban"
    when: windowShown
    visible: true
    width: 2600
    height: 1000

    Component {
        id: pageComponent
        KanbanPage {
            width: 2580
            height: 980
        }
    }

    function cleanup() {
        Session.setUser("admin");
    }

    function makePage() {
        const page = createTemporaryObject(pageComponent, tc);
        verify(page);
        page.applyFilter({});
        page.board.statusColumns = ["new", "triage", "acknowledged", "planned", "forwarded", "fixed"];
        page.board.doneDays = 3650; // the test city ends in June 2026
        waitForRendering(page);
        return page;
    }

    function columnIndex(page, code) {
        const columns = page.board.columns;
        for (let i = 0; i < columns.length; ++i)
            if (columns[i].code === code)
                return i;
        return -1;
    }

    /** The first card of a column (lane 0), its item on screen. */
    function firstCard(page, column) {
        const cell = page.cell(0, column);
        verify(cell, "cell " + column + " of " + JSON.stringify(Object.keys(page.cells)));
        tryVerify(() => cell.list.count > 0 && cell.list.itemAtIndex(0) !== null);
        return cell.list.itemAtIndex(0);
    }

    /** Drags @p card onto the middle of the cell of @p column, in small steps like a hand. */
    function dragCard(page, card, column, lane) {
        const target = page.cell(lane === undefined ? 0 : lane, column);
        verify(target);
        const from = card.mapToItem(page, card.width / 2, 20);
        const to = target.mapToItem(page, target.width / 2, 60);
        mousePress(page, from.x, from.y, Qt.LeftButton);
        for (let i = 1; i <= 10; ++i)
            mouseMove(page, from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10, -1, Qt.LeftButton);
        mouseRelease(page, to.x, to.y, Qt.LeftButton);
    }

    function test_columns_count_their_tickets() {
        const page = makePage();
        const board = page.board;
        compare(board.columns.length, 6);
        let sum = 0;
        for (let c = 0; c < board.columns.length; ++c) {
            const model = board.cell(0, c);
            compare(board.columnCounts[c], model.total);
            sum += model.total;
            for (let r = 0; r < Math.min(model.total, 20); ++r)
                compare(model.value(r, "status"), board.columns[c].code);
        }
        compare(board.total, sum);
        verify(board.total > 0);
        // The filters are the Inbox's.
        page.applyFilter({ "categories": ["lampadaire"] });
        for (let c = 0; c < board.columns.length; ++c)
            for (let r = 0; r < Math.min(board.cell(0, c).total, 10); ++r)
                compare(board.cell(0, c).value(r, "category"), "lampadaire");
        verify(board.total < sum);
    }

    function test_drag_to_an_allowed_column_moves_the_card() {
        const page = makePage();
        const board = page.board;
        const from = columnIndex(page, "new");
        const to = columnIndex(page, "acknowledged");
        const card = firstCard(page, from);
        const id = card.ticketId;
        const before = [board.columnCounts[from], board.columnCounts[to]];
        dragCard(page, card, to);
        tryCompare(page, "dragTicketId", "");
        compare(page.lastRefusal, "");
        compare(board.columnOf(id), to);
        compare(board.columnCounts[from], before[0] - 1);
        compare(board.columnCounts[to], before[1] + 1);
        verify(board.cell(0, to).rowOf(id) >= 0);
        verify(board.cell(0, from).rowOf(id) < 0);
        compare(page.selectedTicketId, id);
    }

    function test_drag_to_a_forbidden_column_is_refused_with_the_reason() {
        const page = makePage();
        const board = page.board;
        Session.setUser("c.moreau"); // an agent may not reopen a fixed ticket
        const from = columnIndex(page, "fixed");
        const to = columnIndex(page, "planned");
        const card = firstCard(page, from);
        const id = card.ticketId;
        const counts = board.columnCounts.slice();
        dragCard(page, card, to);
        tryCompare(page, "dragTicketId", "");
        compare(board.columnOf(id), from);
        compare(board.columnCounts, counts);
        verify(page.lastRefusal.indexOf("superviseur") >= 0, page.lastRefusal);
        const banner = findChild(page, "refusalBanner");
        verify(banner && banner.visible);
        verify(!page.noteDialog.visible);
        // Back to "new": refused for everyone.
        Session.setUser("admin");
        const card2 = firstCard(page, columnIndex(page, "triage"));
        dragCard(page, card2, columnIndex(page, "new"));
        tryCompare(page, "dragTicketId", "");
        verify(page.lastRefusal.indexOf("nouveau") >= 0, page.lastRefusal);
    }

    function test_a_move_that_needs_a_note_asks_for_it() {
        const page = makePage();
        const board = page.board;
        const from = columnIndex(page, "triage");
        const to = columnIndex(page, "forwarded");
        let card = firstCard(page, from);
        let id = card.ticketId;
        dragCard(page, card, to);
        tryCompare(page.noteDialog, "visible", true);
        compare(page.noteDialog.need, "forwarded_to");
        compare(board.columnOf(id), from); // nothing moved yet
        // Cancelled: the card stays where it was.
        page.noteDialog.reject();
        tryCompare(page.noteDialog, "visible", false);
        compare(board.columnOf(id), from);
        // Given: moved, with the authority.
        card = firstCard(page, from);
        id = card.ticketId;
        dragCard(page, card, to);
        tryCompare(page.noteDialog, "visible", true);
        page.noteDialog.chosen("forwarded", "Réseau d'eau", "", "ee-eau");
        tryCompare(page.noteDialog, "visible", false);
        compare(board.columnOf(id), to);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "forwardedTo", "ee-eau");
        compare(detail.ticket.forwardState, "sent");
    }

    function test_keyboard_moves_the_selected_card() {
        const page = makePage();
        const board = page.board;
        const from = columnIndex(page, "new");
        const card = firstCard(page, from);
        const id = card.ticketId;
        mouseClick(card, 20, 10);
        compare(page.selectedTicketId, id);
        keyClick(Qt.Key_Right, Qt.ControlModifier);
        tryCompare(board, "total", board.total); // settled
        compare(board.columnOf(id), from + 1);
        // The focus follows the card into its new column.
        const cell = page.cell(0, from + 1);
        compare(cell.model.ticketId(cell.list.currentIndex), id);
        keyClick(Qt.Key_Left, Qt.ControlModifier); // back to "new": refused
        compare(board.columnOf(id), from + 1);
        verify(page.lastRefusal.length > 0);
    }

    function test_columns_and_swimlanes() {
        const page = makePage();
        const board = page.board;
        const total = board.total;
        board.laneBy = "priority";
        compare(board.lanes.length, 4);
        compare(board.lanes[0].code, "urgent");
        compare(board.laneCounts.reduce((n, c) => n + c, 0), total);
        for (let l = 0; l < board.lanes.length; ++l)
            for (let r = 0; r < Math.min(board.cell(l, 0).total, 5); ++r)
                compare(board.cell(l, 0).value(r, "priority"), board.lanes[l].code);
        board.laneBy = "service";
        compare(board.laneCounts.reduce((n, c) => n + c, 0), total);
        board.laneBy = "";
        board.statusColumns = ["fixed", "new"];
        compare(board.columns.map(c => c.code), ["fixed", "new"]);
        board.groupBy = "team";
        verify(board.columns.length > 5);
        compare(board.columns[board.columns.length - 1].code, "-");
        for (let c = 0; c < board.columns.length; ++c)
            for (let r = 0; r < Math.min(board.cell(0, c).total, 5); ++r)
                compare(board.cell(0, c).value(r, "statusClass"), "open");
        board.groupBy = "status";
        board.statusColumns = [];
        compare(board.columns.length, 9); // the default: open statuses and fixed
    }

    function test_bulk_action_on_cards_and_its_undo() {
        const page = makePage();
        const board = page.board;
        const from = columnIndex(page, "new");
        const to = columnIndex(page, "triage");
        const cell = page.cell(0, from);
        tryVerify(() => cell.list.count > 1 && cell.list.itemAtIndex(1) !== null);
        const first = cell.list.itemAtIndex(0);
        const second = cell.list.itemAtIndex(1);
        const ids = [first.ticketId, second.ticketId];
        mouseClick(first, 20, 10, Qt.LeftButton, Qt.ControlModifier);
        mouseClick(second, 20, 10, Qt.LeftButton, Qt.ControlModifier);
        compare(page.checkedIds.length, 2);
        verify(page.bulkBar.visible);
        const counts = board.columnCounts.slice();
        page.bulkBar.openStatus();
        tryCompare(page.bulkBar.statusDialog, "visible", true);
        page.bulkBar.statusDialog.chosen("triage", "", "", "");
        tryCompare(page.bulkBar.statusDialog, "visible", false);
        compare(board.columnOf(ids[0]), to);
        compare(board.columnOf(ids[1]), to);
        compare(board.columnCounts[from], counts[from] - 2);
        compare(page.checkedIds.length, 0);
        verify(Session.bulkUndoLabel.length > 0);
        const undo = findChild(page.bulkBar, "bulkUndoButton");
        verify(undo && undo.visible);
        mouseClick(undo);
        compare(board.columnOf(ids[0]), from);
        compare(board.columnOf(ids[1]), from);
        compare(board.columnCounts, counts);
        compare(Session.bulkUndoLabel, "");
    }

    function test_drop_in_another_swimlane_changes_the_priority() {
        const page = makePage();
        const board = page.board;
        board.laneBy = "priority"; // urgent, high, normal, low
        waitForRendering(page);
        let column = -1;
        for (let c = 0; c < board.columns.length && column < 0; ++c)
            if (board.cell(1, c).total > 0)
                column = c;
        verify(column >= 0, "a high priority ticket on the board");
        const cell = page.cell(1, column);
        tryVerify(() => cell.list.itemAtIndex(0) !== null);
        const card = cell.list.itemAtIndex(0);
        const id = card.ticketId;
        compare(board.laneOf(id), 1);
        dragCard(page, card, column, 0);
        tryCompare(page, "dragTicketId", "");
        compare(page.lastRefusal, "");
        compare(board.laneOf(id), 0);
        compare(board.columnOf(id), column);
        compare(board.cell(0, column).value(board.cell(0, column).rowOf(id), "priority"), "urgent");
        board.laneBy = "";
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/** Filtering the Inbox as an agent does: status classes, typed search, overdue, my tickets. */
TestCase {
    id: tc
    name: "Inbox"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: pageComponent
        InboxPage {
            width: 1380
            height: 880
        }
    }

    Component {
        id: triageComponent
        InboxPage {
            width: 1380
            height: 880
            triageMode: true
        }
    }

    function makePage() {
        const page = createTemporaryObject(pageComponent, tc);
        verify(page);
        page.applyFilter({});
        return page;
    }

    function test_status_classes_partition_the_list() {
        const page = makePage();
        const model = page.model;
        const all = model.total;
        verify(all > 0);
        page.applyFilter({ "status_class": "open" });
        const open = model.total;
        for (let i = 0; i < Math.min(open, 30); ++i)
            compare(model.value(i, "statusClass"), "open");
        page.applyFilter({ "status_class": "fixed" });
        const fixed = model.total;
        page.applyFilter({ "status_class": "closed" });
        const closed = model.total;
        for (let i = 0; i < Math.min(closed, 30); ++i)
            compare(model.value(i, "statusClass"), "closed");
        verify(open > 0 && fixed > 0 && closed > 0);
        compare(open + fixed + closed, all);
    }

    function test_typed_search_finds_a_reference() {
        const page = makePage();
        const model = page.model;
        const reference = model.referenceAt(17);
        const search = findChild(page, "searchField");
        verify(search);
        search.forceActiveFocus();
        for (let i = 0; i < reference.length; ++i)
            keyClick(reference[i]);
        keyClick(Qt.Key_Return);
        tryCompare(model, "total", 1);
        compare(model.referenceAt(0), reference);
        search.selectAll();
        keyClick(Qt.Key_Delete);
        keyClick(Qt.Key_Return);
        tryVerify(() => model.total > 1);
    }

    function test_search_words_and_accents() {
        const page = makePage();
        const model = page.model;
        page.applyFilter({ "search": "lampadaire" });
        const plain = model.total;
        verify(plain > 0);
        verify(plain < 600);
        for (let i = 0; i < Math.min(plain, 10); ++i)
            verify(model.value(i, "description").length > 0);
        page.applyFilter({ "search": "éclairé" });
        const accented = model.total;
        page.applyFilter({ "search": "eclaire" });
        compare(model.total, accented);
    }

    function test_overdue_checkbox() {
        const page = makePage();
        const model = page.model;
        const all = model.total;
        const box = findChild(page, "overdueBox");
        mouseClick(box);
        tryVerify(() => model.total < all);
        verify(model.total > 0);
        for (let i = 0; i < Math.min(model.total, 30); ++i) {
            compare(model.value(i, "overdue"), true);
            compare(model.value(i, "statusClass"), "open");
        }
        mouseClick(box);
        tryCompare(model, "total", all);
    }

    function test_my_tickets() {
        const page = makePage();
        const model = page.model;
        Session.setUser("c.moreau");
        const box = findChild(page, "mineBox");
        mouseClick(box);
        tryVerify(() => model.total < 600);
        for (let i = 0; i < Math.min(model.total, 20); ++i)
            compare(model.value(i, "assignee"), "Camille Moreau");
        mouseClick(box);
        Session.setUser("admin");
    }

    function test_field_team_sees_only_its_tickets() {
        const page = makePage();
        const model = page.model;
        Session.setUser("voirie.nord");
        tryVerify(() => model.total < 600);
        verify(model.total > 0);
        for (let i = 0; i < Math.min(model.total, 20); ++i)
            compare(model.value(i, "team"), "Voirie – secteur nord");
        Session.setUser("admin");
        tryCompare(model, "total", 600);
    }

    function test_selection_shows_the_detail_and_sorting() {
        const page = makePage();
        const model = page.model;
        page.selectRow(5);
        tryCompare(page.detail.detail.ticket, "reference", model.referenceAt(5));
        model.sortKey = "priority";
        compare(model.value(0, "priority"), "urgent");
        model.ascending = true;
        compare(model.value(0, "priority"), "low");
        model.sortKey = "created";
        model.ascending = false;
    }

    function test_bulk_selection_in_the_list_and_undo() {
        const page = makePage();
        const model = page.model;
        page.applyFilter({ "status_class": "open", "priority": "normal" });
        const list = page.list;
        tryVerify(() => list.itemAtIndex(3) !== null);
        mouseClick(list.itemAtIndex(0), 60, 10, Qt.LeftButton, Qt.ControlModifier);
        mouseClick(list.itemAtIndex(3), 60, 10, Qt.LeftButton, Qt.ShiftModifier);
        compare(page.checkedIds.length, 4);
        const ids = page.checkedIds.slice();
        verify(page.bulkBar.visible);
        const result = Session.bulkSetPriority(ids, "urgent");
        page.bulkBar.apply(result);
        compare(result.done, 4);
        compare(page.checkedIds.length, 0);
        // Leaves the "normal" list: each one is urgent now.
        for (const id of ids)
            compare(model.rowOf(id), -1);
        page.applyFilter({ "status_class": "open", "priority": "urgent" });
        for (const id of ids)
            verify(model.rowOf(id) >= 0);
        page.bulkBar.apply(Session.undoBulk());
        for (const id of ids)
            compare(model.rowOf(id), -1);
        // Ctrl+A: the whole list; Escape: nothing.
        page.applyFilter({ "status_class": "open" });
        list.forceActiveFocus();
        keySequence(StandardKey.SelectAll);
        compare(page.checkedIds.length, Math.min(model.total, 2000));
        keyClick(Qt.Key_Escape);
        compare(page.checkedIds.length, 0);
    }

    function test_triage_queue_new_first_oldest_first_and_one_key_actions() {
        const page = createTemporaryObject(triageComponent, tc);
        verify(page);
        const model = page.model;
        verify(model.total > 2);
        let lastRank = -1;
        let lastTime = 0;
        for (let r = 0; r < model.total; ++r) {
            const status = model.value(r, "status");
            verify(status === "new" || status === "triage", status);
            const rank = status === "new" ? 0 : 1;
            const time = model.value(r, "createdAt").getTime();
            verify(rank >= lastRank, "new tickets come first");
            if (rank === lastRank)
                verify(time >= lastTime, "oldest first");
            lastRank = rank;
            lastTime = time;
        }
        // Alt+P acknowledges the selected ticket and moves on to the next one.
        page.selectRow(0);
        const first = model.ticketId(0);
        const second = model.ticketId(1);
        const total = model.total;
        tryVerify(() => page.detail.detail.ticket.reference === model.referenceAt(0));
        keyClick(Qt.Key_P, Qt.AltModifier);
        compare(model.total, total - 1);
        compare(model.rowOf(first), -1);
        compare(page.selectedTicketId, second);
    }
}

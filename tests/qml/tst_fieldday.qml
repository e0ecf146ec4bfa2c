// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Lanterne.Models
import Lanterne.App

/**
 * Ma journée and Tournées as their users work: the team records its day from the keyboard (one
 * key for the common case, the report dialog for the rest), the ticket follows; the office orders
 * the day by keyboard and by dragging, sets a time, removes a stop; planning from a ticket's panel.
 */
TestCase {
    id: tc
    name: "FieldDay"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    readonly property string team: "voirie-nord"

    InboxModel {
        id: inbox
    }
    FieldDayModel {
        id: planner
    }
    Component {
        id: pageComponent
        FieldDayPage {
            width: 1380
            height: 880
        }
    }
    Component {
        id: panelComponent
        TicketDetailPanel {
            width: 600
            height: 880
        }
    }

    /** Open tickets not planned yet, @p n of them, from row @p from of the list of open ones. */
    function openTickets(from, n) {
        inbox.filter = { "status_class": "open" };
        tryVerify(() => inbox.total >= from + n);
        const ids = [];
        for (let r = from; r < from + n; ++r)
            ids.push(inbox.ticketId(r));
        return ids;
    }

    function initTestCase() {
        Session.setUser("c.moreau");
        // The team's last day of the test city: six stops, one every half hour from 08:00.
        const ids = tc.openTickets(0, 6);
        for (let i = 0; i < ids.length; ++i) {
            const r = planner.plan([ids[i]], tc.team, "2026-07-08", String(8 + Math.floor(i / 2)).padStart(2, "0") + ":" + (i % 2 === 0 ? "00" : "30"));
            verify(r.ok, r.message);
        }
        // The day before: three stops for the office to order; two days before: one with no time.
        verify(planner.plan(tc.openTickets(6, 3), tc.team, "2026-07-07", "").ok);
        verify(planner.plan(tc.openTickets(9, 1), tc.team, "2026-07-06", "").ok);
        verify(planner.plan(tc.openTickets(10, 1), tc.team, "2026-07-09", "11:00").ok);
        Session.setUser("admin");
    }

    function cleanup() {
        Session.setUser("admin");
    }

    function makePage(login, day) {
        Session.setUser(login);
        const page = createTemporaryObject(pageComponent, tc);
        verify(page);
        page.day.team = tc.team;
        page.day.day = day;
        waitForRendering(page);
        page.focusList();
        return page;
    }

    function stop(page, row) {
        tryVerify(() => page.list.itemAtIndex(row) !== null);
        return page.list.itemAtIndex(row);
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_team_records_its_day_from_the_keyboard() {
        const page = makePage("voirie.nord", "2026-07-08");
        compare(page.day.count, 6);
        compare(page.list.currentIndex, 0);
        verify(page.list.activeFocus);

        // F: done at the planned time, and on to the next stop; N: not done.
        keyClick(Qt.Key_F);
        compare(page.day.reportedCount, 1);
        compare(stop(page, 0).result, "done");
        compare(stop(page, 0).actedTime, "08:00");
        compare(stop(page, 0).ticketStatus, "fixed");
        compare(page.list.currentIndex, 1);
        keyClick(Qt.Key_N);
        compare(stop(page, 1).result, "not_done");
        compare(stop(page, 1).ticketStatus, "planned"); // not done leaves the ticket as it was
        compare(page.list.currentIndex, 2);

        // I: the dialog asks why; Enter without a reason records nothing.
        keyClick(Qt.Key_I);
        const dialog = page.reportDialog;
        tryVerify(() => dialog.opened);
        compare(dialog.outcome, "impossible");
        keyClick(Qt.Key_Return);
        verify(dialog.visible);
        verify(dialog.error.length > 0);
        compare(stop(page, 2).result, "");
        type("Camion gare dessus");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);
        compare(stop(page, 2).result, "impossible");
        compare(stop(page, 2).reason, "Camion gare dessus");
        compare(stop(page, 2).ticketStatus, "waiting");
        compare(page.list.currentIndex, 3);

        // Enter: the whole report; the time comes prefilled with the planned one.
        keyClick(Qt.Key_Return);
        tryVerify(() => dialog.opened);
        compare(dialog.outcome, "done");
        const minutes = findChild(dialog.contentItem, "reportMinutes");
        verify(minutes.activeFocus);
        type("35");
        keyClick(Qt.Key_Tab);
        type("Enrobe a froid");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);
        compare(stop(page, 3).result, "done");
        compare(stop(page, 3).actedTime, "09:30");
        compare(stop(page, 3).minutesSpent, 35);
        compare(stop(page, 3).materials, "Enrobe a froid");

        // A result corrected with one key keeps the rest of the report.
        page.list.currentIndex = 3;
        keyClick(Qt.Key_N);
        compare(stop(page, 3).result, "not_done");
        compare(stop(page, 3).minutesSpent, 35);
        compare(page.day.reportedCount, 4);
        compare(page.day.pendingCount, 6); // planned and recorded here: all wait for the central database
    }

    function test_another_day_starts_at_its_first_stop_to_record() {
        const page = makePage("voirie.nord", "2026-07-08");
        page.list.currentIndex = 5;
        page.day.shiftDay(-2); // 6 July: one stop
        compare(page.day.count, 1);
        compare(page.list.currentIndex, 0);
        page.day.shiftDay(-1); // 5 July, a Sunday: none
        compare(page.day.count, 0);
        compare(page.list.currentIndex, -1);
        // The nearest days with stops, one click (or Alt+Page) away.
        compare(page.day.nextPlannedDay, "2026-07-06");
        verify(page.day.previousPlannedDay.length > 0 && page.day.previousPlannedDay < "2026-07-05"); // the demo city's
        const next = findChild(page, "nextPlannedDay");
        verify(next.visible);
        mouseClick(next);
        compare(page.day.day, "2026-07-06");
        compare(page.list.currentIndex, 0);
    }

    function test_after_photo_from_a_file() {
        const page = makePage("voirie.nord", "2026-07-09");
        const row = 0;
        // A file that is not a picture: refused, said, nothing recorded.
        let r = page.day.report(row, "done", "10:05", { "photo": "file://" + testTempDir + "/qml-tests.db" });
        verify(!r.ok);
        verify(r.message.length > 0);
        compare(stop(page, row).result, "");
        // The picture: recorded with the report, shown on the stop, not one of the ticket's photos.
        r = page.day.report(row, "done", "10:05", { "photo": "file://" + testTempDir + "/after.jpg", "note": "Photo jointe" });
        verify(r.ok, r.message);
        const s = stop(page, row);
        verify(s.afterPhoto.startsWith("intervention/"));
        compare(s.note, "Photo jointe");
        // The team sees the picture on the stop: it loaded (no placeholder, no warning) at its size.
        const row0 = page.list.itemAtIndex(row);
        verify(row0);
        const thumb = findChild(row0, "afterPhoto");
        verify(thumb);
        verify(thumb.visible);
        tryCompare(thumb, "status", Image.Ready);
        verify(thumb.implicitWidth > 0 && thumb.paintedWidth > 0, "painted " + thumb.paintedWidth);
        // The picture is green (90, 140, 60): the grey placeholder (221, 221, 221) would fail here.
        // (Read in the window's picture: grabImage() of the Image itself gives the page behind it.)
        function green() {
            const centre = thumb.mapToItem(tc, thumb.width / 2, thumb.height / 2);
            const px = grabImage(tc).pixel(Math.round(centre.x), Math.round(centre.y));
            return px.g > px.r + 0.1 && px.g > px.b + 0.1; // channels from 0 to 1
        }
        tryVerify(green, 5000, "the after photo is drawn");
        const panel = createTemporaryObject(panelComponent, tc);
        panel.ticketId = s.ticketId;
        tryVerify(() => panel.detail.exists);
        compare(panel.detail.ticket.photoCount || 0, panel.detail.photos.length);
        const shown = panel.detail.interventions.find(i => i.photo.length > 0);
        verify(shown);
        compare(shown.photo, s.afterPhoto);
    }

    function test_stop_without_planned_time_asks_for_the_time() {
        const page = makePage("voirie.nord", "2026-07-06");
        compare(page.day.count, 1);
        compare(stop(page, 0).plannedTime, "");
        keyClick(Qt.Key_F);
        const dialog = page.reportDialog;
        tryVerify(() => dialog.opened);
        const time = findChild(dialog.contentItem, "reportTime");
        verify(time.activeFocus);
        compare(stop(page, 0).result, ""); // nothing recorded with a made-up time
        type("10:45");
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible);
        compare(stop(page, 0).result, "done");
        compare(stop(page, 0).actedTime, "10:45");
    }

    function test_office_orders_its_day() {
        const page = makePage("c.moreau", "2026-07-07");
        compare(page.day.count, 3);
        const first = stop(page, 0).interventionId, second = stop(page, 1).interventionId, third = stop(page, 2).interventionId;

        // Ctrl+↓ moves the current stop down.
        page.list.currentIndex = 0;
        keyClick(Qt.Key_Down, Qt.ControlModifier);
        compare(stop(page, 0).interventionId, second);
        compare(stop(page, 1).interventionId, first);
        compare(page.list.currentIndex, 1);

        // Dragging the last stop by its handle onto the first one puts it first.
        const handle = findChild(stop(page, 2), "dragHandle");
        verify(handle && handle.visible);
        const from = handle.mapToItem(page, handle.width / 2, handle.height / 2);
        const target = stop(page, 0);
        const to = target.mapToItem(page, 30, 10);
        mousePress(page, from.x, from.y);
        for (let i = 1; i <= 8; ++i)
            mouseMove(page, from.x, from.y + (to.y - from.y) * i / 8, -1, Qt.LeftButton);
        mouseRelease(page, from.x, to.y);
        tryCompare(stop(page, 0), "interventionId", third);
        compare(stop(page, 1).interventionId, second);
        compare(stop(page, 2).interventionId, first);
        for (let r = 0; r < 3; ++r)
            compare(stop(page, r).position, r + 1);

        // A planned time, then Suppr removes the current stop.
        verify(page.day.setPlannedTime(0, "07:45"));
        compare(stop(page, 0).plannedTime, "07:45");
        verify(!page.day.setPlannedTime(0, "7h45"));
        page.list.currentIndex = 2;
        page.list.forceActiveFocus();
        keyClick(Qt.Key_Delete);
        compare(page.day.count, 2);
        compare(page.list.currentIndex, 1); // the row after it, here the last one
        compare(stop(page, 0).interventionId, third);
        compare(stop(page, 1).interventionId, second);
    }

    SignalSpy {
        id: sheetSpy
        signalName: "sheetWritten"
    }

    function test_round_sheet_from_the_page() {
        const page = makePage("c.moreau", "2026-07-08");
        verify(page.day.count > 0);
        sheetSpy.target = page.day;
        sheetSpy.clear();
        const path = testTempDir + "/sheet.pdf";
        page.day.printSheet("file://" + path);
        tryCompare(sheetSpy, "count", 1);
        compare(sheetSpy.signalArguments[0][0], path);
        verify(!page.day.printing);
        compare(page.day.lastError, "");
        // The proposed file: in the documents folder, named after the team and the day.
        verify(page.day.sheetFileUrl().endsWith("/feuille-de-route-voirie-nord-2026-07-08.pdf"));
        // An empty day has no sheet: said, nothing written.
        page.day.day = "2026-07-05";
        compare(page.day.count, 0);
        page.day.printSheet("file://" + path + ".empty");
        compare(sheetSpy.count, 1);
    }

    function test_plan_from_the_ticket_panel() {
        Session.setUser("c.moreau");
        const ids = tc.openTickets(12, 1);
        const panel = createTemporaryObject(panelComponent, tc);
        panel.ticketId = ids[0];
        tryVerify(() => panel.detail.exists);
        panel.openPlanDialog();
        const dialog = findChild(panel, "planDialog");
        verify(dialog);
        tryVerify(() => dialog.opened);
        const teamBox = findChild(dialog.contentItem, "planTeam");
        teamBox.currentIndex = teamBox.indexOfValue("espaces-verts");
        const day = findChild(dialog.contentItem, "planDay");
        day.text = "03/07/2026";
        compare(dialog.dayIso, "2026-07-03");
        findChild(dialog.contentItem, "planTime").text = "14:00";
        verify(dialog.complete);
        dialog.accept();
        tryVerify(() => !dialog.visible);
        // The ticket is the team's, planned, and in the team's day.
        tryCompare(panel.detail.ticket, "team", "espaces-verts");
        compare(panel.detail.ticket.status, "planned");
        compare(panel.detail.interventions.length, 1);
        planner.team = "espaces-verts";
        planner.day = "2026-07-03";
        compare(planner.count, 1);
        // A bad day keeps the dialog from being accepted.
        panel.openPlanDialog();
        tryVerify(() => dialog.opened);
        day.text = "31/02/2026";
        compare(dialog.dayIso, "");
        verify(!dialog.complete);
        dialog.close();
    }
}

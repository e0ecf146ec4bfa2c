// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/**
 * A workstation whose central database cannot be reached: it keeps working, says it is offline
 * since when and how many changes wait; the Conflicts view shows what the server refused, with
 * both values, until the agent decides.
 */
TestCase {
    id: tc
    name: "SyncUi"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: statusComponent
        SyncStatus {
        }
    }
    Component {
        id: conflictsComponent
        ConflictsPage {
            width: 1200
            height: 800
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            width: 1200
            height: 800
        }
    }
    SignalSpy {
        id: openSpy
        signalName: "openTicket"
    }

    function test_1_offline_since_with_queued_changes() {
        const status = createTemporaryObject(statusComponent, tc);
        verify(status);
        tryCompare(SyncService, "state", SyncService.Offline, 15000);
        verify(SyncService.offlineSince.getTime() > 0);
        compare(Session.pendingCount, 1);
        const since = Qt.formatTime(SyncService.offlineSince, "HH:mm");
        verify(status.stateText.indexOf(since) >= 0, status.stateText);
        verify(status.stateText.indexOf("1") >= 0, status.stateText);
        verify(status.Accessible.name === status.stateText);
        // The server's words are one hover away.
        verify(SyncService.message.length > 0);
    }

    function test_2_conflicts_listed_with_both_values() {
        compare(Session.conflictCount, 3);
        const page = createTemporaryObject(conflictsComponent, tc);
        verify(page);
        compare(page.count, 3);
        const list = findChild(page, "conflictList");
        verify(list);
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(1) !== null);
        const first = list.itemAtIndex(0);
        compare(first.conflict, true);
        compare(first.fields.length, 1);
        compare(first.fields[0].yours, Session.priorityLabel("high"));
        compare(first.fields[0].server, Session.priorityLabel("urgent"));
        compare(first.fields[0].base, Session.priorityLabel("normal"));
        const second = list.itemAtIndex(1);
        compare(second.conflict, false);
        compare(second.detail, "Vu avec le gardien");
        verify(second.explanation.length > 0);
        openSpy.target = page;
        openSpy.clear();
        const open = findChild(first, "openTicketButton");
        verify(open);
        mouseClick(open);
        compare(openSpy.count, 1);
        compare(openSpy.signalArguments[0][0], first.ticketId);
        // Another login's note: held for it, with who made it; discarded, not resent.
        tryVerify(() => list.itemAtIndex(2) !== null);
        const held = list.itemAtIndex(2);
        compare(held.held, true);
        compare(held.login, "a.dupont");
        compare(held.detail, "Note laissée par a.dupont");
        verify(held.explanation.indexOf("a.dupont") >= 0, held.explanation);
        verify(findChild(held, "discardButton").visible);
        verify(!findChild(held, "keepButton").visible);
        verify(!findChild(held, "resendButton").visible);
    }

    Component {
        id: detailComponent
        TicketDetailPanel {
            width: 520
            height: 800
        }
    }

    function test_2b_the_ticket_says_it_has_a_conflict() {
        const page = createTemporaryObject(conflictsComponent, tc);
        const list = findChild(page, "conflictList");
        tryVerify(() => list.itemAtIndex(0) !== null);
        const panel = createTemporaryObject(detailComponent, tc, { "ticketId": list.itemAtIndex(0).ticketId });
        verify(panel);
        tryCompare(panel.detail, "exists", true);
        compare(panel.t.openConflicts, 1);
        compare(panel.t.priority, "normal"); // the server's value, not the refused "high"
        verify(findChild(panel, "conflictBanner").visible);
    }

    function test_3_decisions_empty_the_list() {
        const page = createTemporaryObject(conflictsComponent, tc);
        const list = findChild(page, "conflictList");
        tryVerify(() => list.itemAtIndex(0) !== null);
        const pendingBefore = Session.pendingCount;
        const firstTicket = list.itemAtIndex(0).ticketId;
        // Send the agent's priority again: a new queued operation.
        const resend = findChild(list.itemAtIndex(0), "resendButton");
        verify(resend && resend.visible);
        mouseClick(resend);
        tryCompare(page, "count", 2);
        tryCompare(Session, "pendingCount", pendingBefore + 1);
        // Acknowledge the refusal.
        tryVerify(() => list.itemAtIndex(0) !== null);
        const keep = findChild(list.itemAtIndex(0), "keepButton");
        verify(keep);
        mouseClick(keep);
        tryCompare(page, "count", 1);
        // Discard another login's held note: it leaves the list and the ticket.
        tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).held);
        const discard = findChild(list.itemAtIndex(0), "discardButton");
        verify(discard.visible);
        mouseClick(discard);
        tryCompare(page, "count", 0);
        tryCompare(Session, "conflictCount", 0);
        compare(Session.pendingCount, pendingBefore + 1);
        // Decided: the ticket no longer shows the banner.
        const panel = createTemporaryObject(detailComponent, tc, { "ticketId": firstTicket });
        tryCompare(panel.detail, "exists", true);
        compare(panel.t.openConflicts, 0);
        verify(!findChild(panel, "conflictBanner").visible);
        verify(findChild(page, "emptyLabel").visible);
    }

    function test_4_settings_show_the_login_apart() {
        const page = createTemporaryObject(settingsComponent, tc);
        verify(page);
        const url = findChild(page, "urlField");
        const user = findChild(page, "userField");
        compare(user.text, "agent");
        verify(url.text.indexOf("agent@") < 0, url.text);
        verify(url.text.indexOf("127.0.0.1:1/lanterne") >= 0, url.text);
        compare(page.fullUrl, SyncService.url);
        // Another login: the address follows.
        user.text = "y.benali";
        verify(page.fullUrl.indexOf("postgresql://y.benali@127.0.0.1:1/lanterne") === 0, page.fullUrl);
        // A login typed in the address moves to its field.
        url.text = "postgresql://m.diallo@base.example.org:5432/lanterne";
        url.editingFinished();
        compare(user.text, "m.diallo");
        compare(url.text, "postgresql://base.example.org:5432/lanterne");
        compare(page.fullUrl, "postgresql://m.diallo@base.example.org:5432/lanterne");
    }
}

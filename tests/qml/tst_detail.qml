// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/** Acting on a ticket in the detail panel, and the list following. */
TestCase {
    id: tc
    name: "Detail"
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

    function makePage(filter) {
        const page = createTemporaryObject(pageComponent, tc);
        verify(page);
        page.applyFilter(filter);
        return page;
    }

    function rowWithStatus(model, statuses) {
        for (let i = 0; i < Math.min(model.total, 300); ++i)
            if (statuses.indexOf(model.value(i, "status")) >= 0)
                return i;
        return -1;
    }

    function cleanup() {
        Session.setUser("admin");
    }

    function test_status_change_updates_the_row_and_undo() {
        const page = makePage({});
        const model = page.model;
        const row = rowWithStatus(model, ["new", "triage"]);
        verify(row >= 0);
        const before = model.value(row, "status");
        const reference = model.referenceAt(row);
        page.selectRow(row);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", reference);
        const codes = detail.transitions.map(t => t.code);
        verify(codes.indexOf("acknowledged") >= 0);
        verify(codes.indexOf("new") < 0);
        const timeline = detail.timeline.length;
        verify(detail.setStatus("acknowledged", "", "", ""));
        compare(model.value(row, "status"), "acknowledged");
        compare(model.referenceAt(row), reference);
        compare(model.value(row, "pending"), true);
        // The status change, and the acknowledgement sent to a reporter who has an e-mail address.
        compare(detail.timeline.length, timeline + (detail.ticket.reporterEmail !== "" ? 2 : 1));
        verify(detail.undoLabel.length > 0);
        verify(detail.undo());
        compare(model.value(row, "status"), before);
    }

    function test_agent_cannot_cancel_and_is_told_why() {
        const page = makePage({ "status_class": "open" });
        const model = page.model;
        Session.setUser("c.moreau");
        page.selectRow(0);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", model.referenceAt(0));
        verify(detail.transitions.map(t => t.code).indexOf("cancelled") < 0);
        const status = model.value(0, "status");
        verify(!detail.setStatus("cancelled", "raison", "", ""));
        verify(detail.lastError.length > 0);
        compare(model.value(0, "status"), status);
    }

    function test_leaving_the_filter_removes_the_row() {
        const page = makePage({ "statuses": ["new"] });
        const model = page.model;
        const total = model.total;
        verify(total > 1);
        const reference = model.referenceAt(0);
        page.selectRow(0);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", reference);
        verify(detail.setStatus("triage", "", "", ""));
        compare(model.total, total - 1);
        verify(model.referenceAt(0) !== reference);
        verify(detail.undo());
        compare(model.total, total);
        compare(model.referenceAt(0), reference);
    }

    function test_reason_required_and_note_in_timeline() {
        const page = makePage({ "status_class": "open" });
        page.selectRow(1);
        const detail = page.detail.detail;
        tryVerify(() => detail.exists);
        const transition = detail.transitions.find(t => t.code === "no_further_action");
        compare(transition.note, "reason");
        verify(!detail.setStatus("no_further_action", "", "", ""));
        const timeline = detail.timeline.length;
        verify(detail.setStatus("no_further_action", "Déjà traité par le bailleur", "", ""));
        const last = detail.timeline[detail.timeline.length - 1];
        verify(detail.timeline.length >= timeline + 2);
        verify(detail.timeline.some(e => e.text === "Déjà traité par le bailleur" && e.type === "internal"));
        verify(detail.undo());
    }

    function test_typed_note_is_added() {
        const page = makePage({});
        page.selectRow(2);
        const detail = page.detail.detail;
        tryVerify(() => detail.exists);
        const field = findChild(page, "commentField");
        verify(field);
        const count = detail.timeline.length;
        field.forceActiveFocus();
        const text = "Vu sur place";
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
        keyClick(Qt.Key_Return, Qt.ControlModifier);
        tryCompare(detail.timeline, "length", count + 1);
        compare(detail.timeline[count].text, text);
        compare(detail.timeline[count].type, "internal");
        compare(field.text, "");
    }

    function test_field_team_cannot_see_the_reporter() {
        const page = makePage({});
        Session.setUser("voirie.nord");
        tryVerify(() => page.model.total > 0);
        page.selectRow(0);
        const detail = page.detail.detail;
        tryVerify(() => detail.exists);
        compare(detail.ticket.reporterEmail, "");
        compare(detail.ticket.hasReporter, false);
        for (const t of detail.transitions)
            verify(["in_progress", "waiting", "fixed", "no_further_action"].indexOf(t.code) >= 0);
    }

    function test_combo_boxes_follow_the_selected_ticket() {
        const page = makePage({ "status_class": "open" });
        const model = page.model;
        page.selectRow(0);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", model.referenceAt(0));
        const box = findChild(page, "priorityBox");
        verify(box);
        // The agent picks "urgent" in the combo box of the first ticket...
        const urgent = box.indexOfValue("urgent");
        box.currentIndex = urgent;
        box.activated(urgent);
        compare(model.value(0, "priority"), "urgent");
        // ...then opens a ticket of another priority: the combo box shows that one's.
        let other = -1;
        for (let i = 1; i < 50 && other < 0; ++i)
            if (model.value(i, "priority") !== "urgent")
                other = i;
        verify(other > 0);
        page.selectRow(other);
        tryCompare(detail.ticket, "reference", model.referenceAt(other));
        compare(box.currentValue, model.value(other, "priority"));
        page.selectRow(0);
        verify(detail.undo());
    }

    function test_status_change_from_the_keyboard() {
        const page = makePage({ "status_class": "open" });
        const model = page.model;
        page.selectRow(0);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", model.referenceAt(0));
        const reference = model.referenceAt(0);
        const dialog = findChild(page, "statusDialog");
        keyClick(Qt.Key_E, Qt.ControlModifier);
        tryCompare(dialog, "opened", true);
        // The first choice the workflow offers, confirmed with Enter; one that needs a reason
        // moves the focus to the reason instead.
        const first = detail.transitions[0];
        keyClick(Qt.Key_Return);
        if (first.note === "reason") {
            compare(dialog.opened, true);
            const text = "Hors voirie communale";
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
            keyClick(Qt.Key_Return, Qt.ControlModifier);
        }
        tryCompare(dialog, "opened", false);
        compare(detail.ticket.status, first.code);
        verify(detail.undo());
        compare(model.referenceAt(0), reference);
    }

    function test_pin_moved_on_the_map_is_in_the_history() {
        const page = makePage({});
        page.selectRow(0);
        const detail = page.detail.detail;
        tryVerify(() => detail.exists);
        const before = { "lat": detail.ticket.latitude, "lon": detail.ticket.longitude };
        const timeline = detail.timeline.length;
        // The small map shows the ticket.
        const small = findChild(page.detail, "ticketPinMap");
        verify(small && small.visible && small.hasPin);
        fuzzyCompare(small.latitude, before.lat, 1e-9);
        page.openLocationDialog();
        const dialog = findChild(page.detail, "locationDialog");
        tryVerify(() => dialog.opened);
        const map = findChild(dialog.contentItem, "locationPinMap");
        verify(map);
        waitForRendering(map);
        // A click a little north-east of the pin moves it there.
        const target = map.view.toCoordinate(Qt.point(map.view.width / 2 + 40, map.view.height / 2 - 30));
        mouseClick(map.view, map.view.width / 2 + 40, map.view.height / 2 - 30);
        fuzzyCompare(map.latitude, target.latitude, 1e-5);
        dialog.accept();
        tryVerify(() => Math.abs(detail.ticket.latitude - target.latitude) < 1e-5);
        verify(Math.abs(detail.ticket.longitude - before.lon) > 1e-6);
        // In the timeline: the new position (and the district, if it changed).
        verify(detail.timeline.length > timeline);
        verify(JSON.stringify(detail.timeline).indexOf(target.latitude.toFixed(6)) >= 0);
        detail.undo();
    }

    function test_forwarded_ticket_acknowledged_then_sent_back() {
        const page = makePage({ "statuses": ["forwarded"] });
        const model = page.model;
        verify(model.total > 0);
        page.selectRow(0);
        const detail = page.detail.detail;
        tryCompare(detail.ticket, "reference", model.referenceAt(0));
        verify(detail.ticket.forwardedTo.length > 0);
        const acknowledged = findChild(page.detail, "forwardAcknowledgedButton");
        const returned = findChild(page.detail, "forwardReturnedButton");
        verify(acknowledged && returned);
        if (detail.ticket.forwardState !== "acknowledged") {
            mouseClick(acknowledged);
            tryCompare(detail.ticket, "forwardState", "acknowledged");
        }
        verify(!acknowledged.enabled);
        // Sent back: the reason is asked, then the ticket is back in triage with its clock running.
        const id = model.ticketId(0);
        mouseClick(returned);
        const dialog = findChild(page.detail, "returnDialog");
        tryCompare(dialog, "visible", true);
        const reason = findChild(dialog, "returnReason");
        verify(reason);
        reason.text = "Réseau privé de la copropriété";
        dialog.accept();
        tryCompare(dialog, "visible", false);
        tryCompare(detail.ticket, "status", "triage");
        compare(detail.ticket.forwardState, "returned");
        compare(detail.ticket.deadlineState === "paused", false);
        compare(model.rowOf(id), -1); // no longer in the "forwarded" list
    }

    function test_public_reply_is_queued_for_the_reporter() {
        const page = makePage({ "status_class": "open" });
        const model = page.model;
        let row = -1;
        for (let i = 0; i < Math.min(model.total, 200) && row < 0; ++i) {
            page.selectRow(i);
            if (page.detail.detail.ticket.reporterEmail)
                row = i;
        }
        verify(row >= 0, "an open ticket whose reporter left an e-mail address");
        const detail = page.detail.detail;
        const before = detail.notifications.length;
        const templates = detail.responseTemplates();
        verify(templates.length > 0);
        verify(templates[0].text.indexOf("{") < 0, templates[0].text); // placeholders filled in
        verify(templates[0].text.indexOf(detail.ticket.reference) >= 0);
        verify(detail.addComment("Nous passons demain matin.", true, templates[0].subject));
        compare(detail.notifications.length, before + 1);
        const last = detail.notifications[detail.notifications.length - 1];
        compare(last.event, "reply");
        compare(last.subject, templates[0].subject);
        compare(last.state, "queued");
    }
}

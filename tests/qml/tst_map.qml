// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.Map
import Lanterne.App

/**
 * The map of the Inbox's tickets: every ticket counted once, clusters that zoom in, a click that
 * selects a ticket, the keyboard, the wheel around the cursor, dragging, Shift+drag selecting,
 * the filter followed, and markers really drawn.
 */
TestCase {
    id: tc
    name: "Map"
    when: windowShown
    visible: true
    width: 1000
    height: 720

    Component {
        id: mapComponent
        TicketMap {
            width: 900
            height: 660
        }
    }
    Component {
        id: inboxComponent
        InboxModel {
        }
    }
    Component {
        id: inboxPageComponent
        InboxPage {
            width: 1000
            height: 720
        }
    }
    SignalSpy {
        id: clickSpy
        signalName: "ticketClicked"
    }
    SignalSpy {
        id: rectSpy
        signalName: "rectangleSelected"
    }

    function makeMap(): var {
        const m = createTemporaryObject(mapComponent, tc);
        verify(m);
        tryVerify(() => !m.model.busy && m.model.count === 600, 10000);
        tryVerify(() => m.view.markerCount > 0);
        m.view.fitToMarkers();
        waitForRendering(m.view);
        return m;
    }

    function total(items: var): int {
        let n = 0;
        for (const it of items)
            n += it.count;
        return n;
    }

    function test_every_ticket_counted_once() {
        const m = makeMap();
        compare(total(m.view.visibleItems()), 600);
        compare(m.view.visibleTickets, 600);
        // At any zoom, what is in view never counts more than the tickets.
        for (let z = 12; z <= 19; ++z) {
            m.view.zoomLevel = z;
            waitForRendering(m.view);
            verify(total(m.view.visibleItems()) <= 600);
        }
    }

    function test_cluster_click_zooms_in() {
        const m = makeMap();
        const cluster = m.view.visibleItems().find(it => it.count > 1);
        verify(cluster);
        const before = m.view.zoomLevel;
        mouseClick(m.view, cluster.x, cluster.y);
        verify(m.view.zoomLevel > before);
    }

    function test_ticket_click_selects_it() {
        const m = makeMap();
        clickSpy.target = m;
        clickSpy.clear();
        let single = null;
        for (let i = 0; i < 12 && !single; ++i) {
            const items = m.view.visibleItems();
            single = items.find(it => it.count === 1);
            if (!single) {
                const cluster = items.find(it => it.count > 1);
                mouseClick(m.view, cluster.x, cluster.y);
                waitForRendering(m.view);
            }
        }
        verify(single, "no single ticket after zooming in");
        const at = m.view.itemAt(Qt.point(single.x, single.y));
        compare(at.ticket, single.ticket);
        mouseClick(m.view, single.x, single.y);
        compare(clickSpy.count, 1);
        compare(clickSpy.signalArguments[0][0], single.ticket);
        compare(m.view.selectedTicket, single.ticket);
        // The selected ticket is drawn on top, with its ring.
        waitForRendering(m.view);
        const again = m.view.visibleItems().filter(it => it.ticket === single.ticket);
        compare(again.length, 1);
        // Centring on a ticket puts it in the middle.
        verify(m.centerOnTicket(single.ticket));
        const p = m.view.fromCoordinate(m.view.center);
        fuzzyCompare(p.x, m.view.width / 2, 1);
        verify(!m.centerOnTicket("no-such-ticket"));
    }

    function test_keyboard_wheel_and_drag() {
        const m = makeMap();
        m.view.forceActiveFocus();
        m.view.zoomLevel = 14.3;
        keyClick(Qt.Key_Plus);
        compare(m.view.zoomLevel, 15);
        keyClick(Qt.Key_Minus);
        compare(m.view.zoomLevel, 14);
        const west = m.view.center.longitude;
        keyClick(Qt.Key_Right);
        verify(m.view.center.longitude > west, m.view.center.longitude + " vs " + west);
        // The wheel zooms around the cursor: the place under it stays under it.
        const under = m.view.toCoordinate(Qt.point(200, 150));
        mouseWheel(m.view, 200, 150, 0, 120);
        compare(m.view.zoomLevel, 14.5);
        const still = m.view.toCoordinate(Qt.point(200, 150));
        fuzzyCompare(still.latitude, under.latitude, 1e-7);
        fuzzyCompare(still.longitude, under.longitude, 1e-7);
        // Dragging moves the map with the mouse.
        const grabbed = m.view.toCoordinate(Qt.point(300, 300));
        mouseDrag(m.view, 300, 300, 120, 60);
        const p = m.view.fromCoordinate(grabbed);
        fuzzyCompare(p.x, 420, 3);
        fuzzyCompare(p.y, 360, 3);
        // Zoom bounds.
        m.view.zoomLevel = 40;
        compare(m.view.zoomLevel, m.view.maximumZoomLevel);
        m.view.zoomLevel = 0;
        compare(m.view.zoomLevel, m.view.minimumZoomLevel);
    }

    function test_shift_drag_selects_a_rectangle() {
        const m = makeMap();
        rectSpy.target = m;
        rectSpy.clear();
        // Around everything: every ticket.
        mouseDrag(m.view, 2, 2, m.view.width - 4, m.view.height - 4, Qt.LeftButton, Qt.ShiftModifier);
        compare(rectSpy.count, 1);
        compare(rectSpy.signalArguments[0][0].length, 600);
        // A smaller one: some.
        rectSpy.clear();
        mouseDrag(m.view, m.view.width / 2 - 80, m.view.height / 2 - 80, 160, 160, Qt.LeftButton, Qt.ShiftModifier);
        compare(rectSpy.count, 1);
        const some = rectSpy.signalArguments[0][0].length;
        verify(some > 0 && some < 600, some);
    }

    function test_filter_followed() {
        const m = makeMap();
        const inbox = createTemporaryObject(inboxComponent, tc);
        inbox.filter = { "status_class": "closed" };
        m.filter = { "status_class": "closed" };
        tryVerify(() => !m.model.busy && m.model.count === inbox.total, 10000);
        verify(inbox.total > 0 && inbox.total < 600);
        m.view.fitToMarkers();
        waitForRendering(m.view);
        compare(total(m.view.visibleItems()), inbox.total);
    }

    function test_markers_are_drawn() {
        const m = makeMap();
        const cluster = m.view.visibleItems().find(it => it.count > 1);
        verify(cluster);
        const image = grabImage(m.view);
        // Inside the bubble, above its number: the bubble's blue.
        const c = image.pixel(cluster.x, cluster.y - 11);
        verify(c.b > c.r + 0.15, "pixel " + c);
        // Far from any ticket, at the map's edge: background or outlines, not blue.
        const corner = image.pixel(2, m.view.height - 2);
        verify(corner.b - corner.r < 0.1, "corner " + corner);
    }

    function test_inbox_shows_the_map_selection() {
        const page = createTemporaryObject(inboxPageComponent, tc);
        verify(page);
        page.applyFilter({});
        tryCompare(page.model, "total", 600);
        page.setShowMap(true);
        verify(page.map.visible);
        tryVerify(() => !page.map.model.busy && page.map.model.count === 600, 10000);
        page.map.view.fitToMarkers();
        waitForRendering(page.map.view);
        const v = page.map.view;
        mouseDrag(v, v.width / 2 - 90, v.height / 2 - 90, 180, 180, Qt.LeftButton, Qt.ShiftModifier);
        tryVerify(() => page.model.total > 0 && page.model.total < 600);
        const picked = page.model.total;
        compare(page.panelFilter.ids.length, picked);
        // The map follows the list's filter: only those tickets now.
        tryVerify(() => !page.map.model.busy && page.map.model.count === picked, 10000);
        // Clearing the selection in the filter panel brings every ticket back.
        const chip = findChild(page, "mapSelection");
        verify(chip && chip.visible);
        page.applyFilter({});
        tryCompare(page.model, "total", 600);
        verify(!chip.visible);
        // A ticket selected in the list: the map goes to it, drawn in the middle.
        page.setShowMap(false);
        page.selectRow(3);
        const id = page.selectedTicketId;
        page.setShowMap(true);
        compare(page.map.selectedTicket, id);
        waitForRendering(v);
        tryVerify(() => v.itemAt(Qt.point(v.width / 2, v.height / 2)).ticket === id);
    }

    function test_background_setting() {
        const m = makeMap();
        compare(Session.mapTiles.id, "none"); // the test store's
        verify(Session.setMapTiles({ "id": "custom", "url": "not a template" }).length > 0);
        compare(Session.mapTiles.id, "none"); // refused: unchanged
        compare(Session.setMapTiles({ "id": "custom", "url": "http://127.0.0.1:9/{z}/{x}/{y}.png", "attribution": "© essai" }), "");
        compare(Session.mapTiles.id, "custom");
        compare(m.view.tileSource.id, "custom");
        compare(m.view.attribution, "© essai");
        compare(Session.setMapTiles({ "id": "none" }), "");
        compare(m.view.tileSource.id, "none");
        compare(m.view.attribution, "");
    }

    function test_hidden_map_does_not_rebuild() {
        const m = makeMap();
        m.visible = false;
        compare(m.model.active, false);
        // A change of the store (or of the filter) while hidden: nothing read now...
        m.model.reload();
        verify(!m.model.busy);
        m.filter = { "status_class": "open" };
        verify(!m.model.busy);
        compare(m.model.count, 600);
        // ...but as soon as the map is shown again.
        m.visible = true;
        compare(m.model.active, true);
        tryVerify(() => !m.model.busy && m.model.count < 600 && m.model.count > 0, 10000);
    }
}

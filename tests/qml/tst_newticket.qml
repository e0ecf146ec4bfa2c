// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Lanterne.Models
import Lanterne.App

/** The new-ticket form as an agent fills it in on the phone. */
TestCase {
    id: tc
    name: "NewTicket"
    when: windowShown
    visible: true
    width: 1200
    height: 900

    Component {
        id: formComponent
        NewTicketPage {
            width: 1100
            height: 880
        }
    }
    InboxModel {
        id: inbox
    }
    SignalSpy {
        id: createdSpy
        signalName: "created"
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }

    function test_fill_in_and_create() {
        const page = createTemporaryObject(formComponent, tc);
        createdSpy.target = page;
        createdSpy.clear();
        const total = inbox.total;
        const create = findChild(page, "createButton");
        verify(!create.enabled);

        findChild(page, "categoryBox").currentIndex = 3;
        const description = findChild(page, "descriptionField");
        description.forceActiveFocus();
        typeText("Lampadaire eteint depuis hier");
        verify(!create.enabled); // no place yet

        const address = findChild(page, "addressField");
        address.forceActiveFocus();
        typeText("8 rue Ho");
        const suggestions = findChild(page, "suggestionList");
        tryVerify(() => suggestions.count > 0);
        waitForRendering(page);
        const first = suggestions.itemAtIndex(0);
        verify(first.text.indexOf("8 ") === 0);
        tryVerify(() => first.height > 0);
        mouseClick(first);
        verify(findChild(page, "latField").text.length > 0);
        verify(findChild(page, "lonField").text.length > 0);
        findChild(page, "nameField").text = "Dominique Essai";
        findChild(page, "emailField").text = "dominique.essai@example.org";
        verify(create.enabled);
        // Below the fold with the map above it: pressed from the keyboard, as an agent would.
        create.forceActiveFocus();
        keyClick(Qt.Key_Space);

        compare(createdSpy.count, 1);
        const reference = createdSpy.signalArguments[0][1];
        verify(/^PAN-\d{4}-\d{6}$/.test(reference), reference);
        compare(inbox.total, total + 1);
        compare(inbox.referenceAt(0), reference);
        compare(inbox.value(0, "status"), "new");
        compare(inbox.value(0, "categoryLabel"), Session.categories[3].label);
        compare(description.text, "");
    }

    function test_bad_input_is_refused_with_a_message() {
        const page = createTemporaryObject(formComponent, tc);
        const total = inbox.total;
        const result = page.form.create({ "category": "nid_de_poule", "description": "x", "latitude": 48.9, "longitude": 2.4, "reporterEmail": "pas-une-adresse" });
        compare(Object.keys(result).length, 0);
        verify(page.form.lastError.length > 0);
        compare(inbox.total, total);
        const unknown = page.form.create({ "category": "inconnue", "description": "x", "latitude": 48.9, "longitude": 2.4 });
        compare(Object.keys(unknown).length, 0);
        verify(page.form.lastError.indexOf("inconnue") >= 0);
    }

    function test_place_on_the_map() {
        const page = createTemporaryObject(formComponent, tc);
        const map = findChild(page, "placeMap");
        verify(map);
        verify(!map.hasPin);
        waitForRendering(map);
        const lat = findChild(page, "latField");
        const lon = findChild(page, "lonField");
        // A click on the map puts the ticket there.
        const where = map.view.toCoordinate(Qt.point(120, 80));
        mouseClick(map.view, 120, 80);
        fuzzyCompare(parseFloat(lat.text), where.latitude, 1e-5);
        fuzzyCompare(parseFloat(lon.text), where.longitude, 1e-5);
        verify(map.hasPin);
        // The map follows coordinates typed in.
        lat.text = "48.893500";
        lon.text = "2.404500";
        fuzzyCompare(map.view.center.latitude, 48.8935, 1e-6);
        fuzzyCompare(map.view.center.longitude, 2.4045, 1e-6);
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Lanterne.Ui
import Lanterne.Models
import Lanterne.Map
import QtPositioning

/**
 * A small map with one pin: where a ticket is, or where a new one will be. When `editable`, a
 * click on the map or a drag of the pin moves it (moved() tells where); the map follows the pin
 * when it is moved from outside (an address chosen).
 */
Rectangle {
    id: root

    property real latitude: NaN
    property real longitude: NaN
    property bool editable: false
    property real zoom: 16
    readonly property alias view: mapView
    readonly property bool hasPin: !isNaN(root.latitude) && !isNaN(root.longitude)

    signal moved(real latitude, real longitude)

    color: Theme.background
    border.color: Theme.border
    clip: true

    function recenter() {
        if (root.hasPin)
            mapView.center = QtPositioning.coordinate(root.latitude, root.longitude);
    }
    onLatitudeChanged: if (!pinArea.drag.active) root.recenter()
    onLongitudeChanged: if (!pinArea.drag.active) root.recenter()
    Component.onCompleted: {
        mapView.zoomLevel = root.zoom;
        root.recenter();
    }

    MapTicketsModel {
        id: outlines
        showTickets: false
    }

    MapView {
        id: mapView
        anchors.fill: parent
        anchors.margins: 1
        source: outlines
        tileSource: Session.mapTiles
        Accessible.role: Accessible.Graphic
        Accessible.name: root.hasPin ? qsTr("Carte : position %1, %2").arg(root.latitude.toFixed(5)).arg(root.longitude.toFixed(5))
                                     : qsTr("Carte : cliquez pour placer le signalement")
        onMapClicked: coordinate => {
            if (root.editable)
                root.moved(coordinate.latitude, coordinate.longitude);
        }
    }

    // The pin: its point at the place.
    Item {
        id: pin
        objectName: "pin"
        visible: root.hasPin
        width: 28
        height: 38
        property point at: {
            mapView.center; // re-evaluated when the map moves
            mapView.zoomLevel;
            mapView.width;
            return root.hasPin ? mapView.fromCoordinate(QtPositioning.coordinate(root.latitude, root.longitude)) : Qt.point(0, 0);
        }
        x: pinArea.drag.active ? x : mapView.x + at.x - width / 2
        y: pinArea.drag.active ? y : mapView.y + at.y - height
        Rectangle {
            x: 13
            y: 20
            width: 2
            height: 18
            color: Theme.primary
        }
        Rectangle {
            width: 28
            height: 28
            radius: 14
            color: Theme.accent
            border.color: Theme.primary
            border.width: 3
        }
        MouseArea {
            id: pinArea
            anchors.fill: parent
            enabled: root.editable
            cursorShape: root.editable ? Qt.OpenHandCursor : Qt.ArrowCursor
            drag.target: pin
            onReleased: {
                if (!drag.active)
                    return;
                const c = mapView.toCoordinate(Qt.point(pin.x + pin.width / 2 - mapView.x, pin.y + pin.height - mapView.y));
                root.moved(c.latitude, c.longitude);
            }
        }
    }

    Label {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 2
        text: mapView.attribution
        visible: text.length > 0
        font.pixelSize: 9
        color: Theme.textMuted
        background: Rectangle {
            color: Qt.rgba(1, 1, 1, 0.8)
        }
    }
    Label {
        anchors.centerIn: parent
        visible: !root.hasPin && root.editable
        text: qsTr("Cliquez sur la carte pour placer le signalement")
        color: Theme.textMuted
        background: Rectangle {
            color: Qt.rgba(1, 1, 1, 0.85)
            radius: Theme.radius
        }
        padding: 6
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.Map

/**
 * The tickets of the Inbox's filter on the map, clustered for the zoom, over the commune and
 * district outlines. A click on a ticket selects it (the list and the detail follow); a click on
 * a cluster zooms in; Shift+drag selects the tickets of a rectangle.
 */
Rectangle {
    id: root

    property alias filter: mapModel.filter
    property alias selectedTicket: mapView.selectedTicket
    readonly property alias view: mapView
    readonly property alias model: mapModel

    signal ticketClicked(string id)
    signal rectangleSelected(var ids)

    color: Theme.background

    /** A ticket to go to once the tickets being placed are there (the filter just changed). */
    property string pendingCenter

    function centerOnTicket(id: string): bool {
        const done = mapView.centerOnTicket(id);
        // Not on the map yet: the tickets are being placed; go there when they are.
        root.pendingCenter = done || !mapModel.busy ? "" : id;
        return done;
    }

    /** A distance for the scale bar: the round length that fits in about 120 pixels. */
    function scaleLength(metresPerPixel: real): real {
        const target = metresPerPixel * 120;
        const magnitude = Math.pow(10, Math.floor(Math.log(target) / Math.LN10));
        for (const step of [5, 2, 1])
            if (step * magnitude <= target)
                return step * magnitude;
        return magnitude;
    }

    MapTicketsModel {
        id: mapModel
        // Hidden (the Inbox shows its list): edits and syncs do not rebuild the map for nothing.
        active: root.visible
        // The first time the tickets arrive, show them all.
        property bool fitted: false
        onMarkersChanged: {
            if (root.pendingCenter.length > 0 && mapView.centerOnTicket(root.pendingCenter)) {
                root.pendingCenter = "";
                mapModel.fitted = true;
                return;
            }
            if (!mapModel.fitted && mapModel.count > 0) {
                mapModel.fitted = true;
                if (mapView.selectedTicket.length === 0 || !mapView.centerOnTicket(mapView.selectedTicket))
                    mapView.fitToMarkers();
            }
        }
    }

    MapView {
        id: mapView
        objectName: "mapView"
        anchors.fill: parent
        source: mapModel
        tileSource: Session.mapTiles
        focus: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Carte des signalements : %Ln signalement(s) visibles", "", mapView.visibleTickets)
        // A ticket selected elsewhere (the list, a search, --select): the map goes to it.
        property string clickedHere
        onTicketClicked: id => {
            mapView.clickedHere = id;
            root.ticketClicked(id);
        }
        onSelectedTicketChanged: {
            if (mapView.selectedTicket.length > 0 && mapView.selectedTicket !== mapView.clickedHere)
                root.centerOnTicket(mapView.selectedTicket);
        }
        onRectangleSelected: ids => root.rectangleSelected(ids)
        Keys.onPressed: event => {
            if (event.key === Qt.Key_0) {
                mapView.fitToMarkers();
                event.accepted = true;
            }
        }
    }

    // Zoom and view buttons.
    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.margin
        spacing: 4
        Repeater {
            model: [
                { "text": "+", "tip": qsTr("Zoom avant (+)"), "action": "in" },
                { "text": "−", "tip": qsTr("Zoom arrière (−)"), "action": "out" },
                { "text": "⤢", "tip": qsTr("Voir tous les signalements du filtre (0)"), "action": "fit" }
            ]
            delegate: Button {
                id: mapButton
                required property var modelData
                width: 34
                height: 34
                text: mapButton.modelData.text
                font.pixelSize: 18
                ToolTip.visible: hovered
                ToolTip.text: mapButton.modelData.tip
                Accessible.name: mapButton.modelData.tip
                focusPolicy: Qt.NoFocus
                onClicked: {
                    if (mapButton.modelData.action === "in")
                        mapView.zoomIn();
                    else if (mapButton.modelData.action === "out")
                        mapView.zoomOut();
                    else
                        mapView.fitToMarkers();
                }
            }
        }
        CheckBox {
            id: heatBox
            objectName: "heatBox"
            text: qsTr("Densité")
            checked: mapView.heatMap
            focusPolicy: Qt.NoFocus
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Carte de densité : où les signalements sont nombreux")
            onToggled: mapView.heatMap = heatBox.checked
            background: Rectangle {
                color: Qt.rgba(1, 1, 1, 0.85)
                radius: Theme.radius
            }
        }
        CheckBox {
            id: districtsBox
            text: qsTr("Quartiers")
            checked: mapView.showDistricts
            focusPolicy: Qt.NoFocus
            onToggled: mapView.showDistricts = districtsBox.checked
            background: Rectangle {
                color: Qt.rgba(1, 1, 1, 0.85)
                radius: Theme.radius
            }
        }
    }

    // What is going on: building, nothing to show, an error.
    Rectangle {
        anchors.top: legendBox.bottom
        anchors.left: parent.left
        anchors.margins: Theme.margin
        visible: mapModel.busy || mapModel.errorString.length > 0 || (mapModel.count === 0 && !mapModel.busy)
        color: Qt.rgba(1, 1, 1, 0.92)
        radius: Theme.radius
        border.color: Theme.border
        implicitWidth: statusLabel.implicitWidth + 2 * Theme.margin
        implicitHeight: statusLabel.implicitHeight + Theme.margin
        Label {
            id: statusLabel
            anchors.centerIn: parent
            color: mapModel.errorString.length > 0 ? Theme.danger : Theme.textMuted
            text: mapModel.errorString.length > 0 ? mapModel.errorString
                  : mapModel.busy ? qsTr("Placement des signalements…")
                  : qsTr("Aucun signalement ne correspond à ces filtres.")
        }
    }

    // What the colours say (the deadline of open tickets first).
    Rectangle {
        id: legendBox
        objectName: "mapLegend"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.margin
        visible: !mapView.heatMap
        color: Qt.rgba(1, 1, 1, 0.85)
        radius: Theme.radius
        implicitWidth: legendRow.implicitWidth + 2 * Theme.spacing
        implicitHeight: legendRow.implicitHeight + Theme.spacing
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Légende : rouge en retard, orange échéance proche, bleu ouvert, vert résolu, gris clos")
        Row {
            id: legendRow
            anchors.centerIn: parent
            spacing: Theme.spacing
            Repeater {
                model: [
                    { "colour": Theme.danger, "label": qsTr("en retard") },
                    { "colour": Theme.warning, "label": qsTr("échéance proche") },
                    { "colour": Theme.openColour, "label": qsTr("ouvert") },
                    { "colour": Theme.fixedColour, "label": qsTr("résolu") },
                    { "colour": Theme.closedColour, "label": qsTr("clos") }
                ]
                delegate: Row {
                    required property var modelData
                    spacing: 3
                    Rectangle {
                        width: 10
                        height: 10
                        radius: 5
                        anchors.verticalCenter: parent.verticalCenter
                        color: parent.modelData.colour
                    }
                    Label {
                        text: parent.modelData.label
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }
        }
    }

    // Scale, coordinates under the cursor, attribution.
    Rectangle {
        id: scaleBox
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.margin
        color: Qt.rgba(1, 1, 1, 0.85)
        radius: Theme.radius
        implicitWidth: scaleRow.implicitWidth + 2 * Theme.spacing
        implicitHeight: scaleRow.implicitHeight + Theme.spacing
        RowLayout {
            id: scaleRow
            anchors.centerIn: parent
            readonly property real metres: root.scaleLength(mapView.metresPerPixel)
            Rectangle {
                Layout.preferredWidth: scaleRow.metres / mapView.metresPerPixel
                Layout.preferredHeight: 6
                color: "transparent"
                border.color: Theme.text
                border.width: 2
                Accessible.ignored: true
            }
            Label {
                objectName: "scaleLabel"
                text: scaleRow.metres >= 1000 ? qsTr("%1 km").arg(scaleRow.metres / 1000) : qsTr("%1 m").arg(scaleRow.metres)
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Label {
                visible: mapView.cursorCoordinate.isValid
                text: mapView.cursorCoordinate.isValid
                      ? "  " + mapView.cursorCoordinate.latitude.toFixed(5) + ", " + mapView.cursorCoordinate.longitude.toFixed(5)
                      : ""
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                color: Theme.textMuted
            }
        }
    }
    // Tiles that cannot be had: said once, discreetly; the outlines stay.
    Label {
        objectName: "tileProblem"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 48
        width: Math.min(implicitWidth, parent.width - 2 * Theme.margin)
        visible: mapView.tileProblem.length > 0
        text: mapView.tileProblem
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        padding: 4
        background: Rectangle {
            color: Qt.rgba(1, 1, 1, 0.9)
            radius: Theme.radius
        }
    }
    Label {
        id: attributionLabel
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 4
        text: (mapView.attribution.length > 0 ? mapView.attribution + " · " : "") + qsTr("Contours : IGN Admin Express, INSEE – Licence Ouverte")
        font.pixelSize: 10
        color: Theme.textMuted
        background: Rectangle {
            color: Qt.rgba(1, 1, 1, 0.8)
        }
    }
}

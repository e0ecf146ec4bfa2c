// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** Corrects where a ticket is: the pin moved on the map, an address from the street list, or coordinates. */
Dialog {
    id: root

    property real latitude
    property real longitude
    property string address
    property string error
    readonly property bool valid: !isNaN(parseFloat(latField.text)) && !isNaN(parseFloat(lonField.text))

    signal chosen(real latitude, real longitude, string address)

    title: qsTr("Corriger la position")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: {
        root.error = "";
        addressField.text = root.address;
        latField.text = root.latitude.toFixed(6);
        lonField.text = root.longitude.toFixed(6);
        addressField.forceActiveFocus();
    }
    onAccepted: {
        root.open();
        root.chosen(parseFloat(latField.text.replace(",", ".")), parseFloat(lonField.text.replace(",", ".")), addressField.text.trim());
    }
    Component.onCompleted: root.standardButton(Dialog.Ok).enabled = Qt.binding(() => root.valid)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("Adresse")
        }
        TextField {
            id: addressField
            Layout.fillWidth: true
            Accessible.name: qsTr("Adresse")
            onTextEdited: suggestions.model = Session.addressSuggestions(addressField.text)
        }
        ListView {
            id: suggestions
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 160)
            clip: true
            model: []
            delegate: ItemDelegate {
                id: suggestion
                required property var modelData
                width: suggestions.width
                text: suggestion.modelData.address + " — " + suggestion.modelData.district
                onClicked: {
                    addressField.text = suggestion.modelData.address;
                    latField.text = Number(suggestion.modelData.latitude).toFixed(6);
                    lonField.text = Number(suggestion.modelData.longitude).toFixed(6);
                    suggestions.model = [];
                }
            }
        }
        PinMap {
            id: pinMap
            objectName: "locationPinMap"
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            editable: true
            zoom: 17
            latitude: parseFloat(latField.text.replace(",", "."))
            longitude: parseFloat(lonField.text.replace(",", "."))
            onMoved: (lat, lon) => {
                latField.text = lat.toFixed(6);
                lonField.text = lon.toFixed(6);
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Cliquez sur la carte ou faites glisser l'épingle ; le déplacement est gardé dans l'historique.")
        }
        RowLayout {
            Label {
                text: qsTr("Latitude")
            }
            TextField {
                id: latField
                Layout.fillWidth: true
                Accessible.name: qsTr("Latitude")
            }
            Label {
                text: qsTr("Longitude")
            }
            TextField {
                id: lonField
                Layout.fillWidth: true
                Accessible.name: qsTr("Longitude")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }
}

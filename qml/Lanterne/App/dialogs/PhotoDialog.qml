// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui

/** A ticket's photo, enlarged; arrows go to the next or previous one. */
Popup {
    id: root

    property var photos: []
    property int index: 0

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Overlay.overlay ? Overlay.overlay.width * 0.85 : 800
    height: Overlay.overlay ? Overlay.overlay.height * 0.85 : 600
    padding: Theme.spacing
    focus: true

    ColumnLayout {
        anchors.fill: parent
        focus: true
        Keys.onLeftPressed: if (root.index > 0)
            root.index -= 1
        Keys.onRightPressed: if (root.index + 1 < root.photos.length)
            root.index += 1
        Image {
            id: image
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.photos.length > 0 && root.index < root.photos.length ? root.photos[root.index].source : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Photo %1 sur %2").arg(root.index + 1).arg(root.photos.length)
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("‹ Précédente")
                enabled: root.index > 0
                onClicked: root.index -= 1
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("%1 / %2").arg(root.index + 1).arg(root.photos.length)
            }
            Button {
                text: qsTr("Suivante ›")
                enabled: root.index + 1 < root.photos.length
                onClicked: root.index += 1
            }
            Button {
                text: qsTr("Fermer")
                onClicked: root.close()
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

/** A small coloured label: status, priority, deadline. */
Rectangle {
    id: root

    property alias text: label.text
    property color colour: Theme.openColour
    property bool filled: true

    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: root.filled ? root.colour : "transparent"
    border.color: root.colour
    border.width: 1
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 12) // long labels elide inside the badge
        color: root.filled ? "white" : root.colour
        font.pixelSize: Theme.fontSmall
        font.bold: true
        elide: Text.ElideRight
    }
}

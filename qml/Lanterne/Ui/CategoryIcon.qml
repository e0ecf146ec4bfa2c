// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

/** A category's icon on a disc of its colour. */
Rectangle {
    id: root

    property url source
    property color colour: "#607d8b"
    property string name

    implicitWidth: 32
    implicitHeight: 32
    radius: width / 2
    color: root.colour
    Accessible.role: Accessible.Graphic
    Accessible.name: root.name

    Image {
        anchors.centerIn: parent
        width: parent.width * 0.62
        height: width
        source: root.source
        sourceSize: Qt.size(width * 2, height * 2)
        fillMode: Image.PreserveAspectFit
        smooth: true
    }
}

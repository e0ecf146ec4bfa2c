// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui

/** A ticket's history and comments, oldest first. */
ColumnLayout {
    id: root

    property var entries: []

    spacing: 4

    Repeater {
        model: root.entries
        delegate: Rectangle {
            id: entry
            required property var modelData
            readonly property bool isComment: entry.modelData.type !== "history"
            Layout.fillWidth: true
            implicitHeight: entryColumn.implicitHeight + (entry.isComment ? 12 : 4)
            radius: Theme.radius
            color: entry.modelData.type === "public" ? Theme.publicReply : entry.modelData.type === "internal" ? Theme.internalNote : "transparent"
            Accessible.role: Accessible.StaticText
            Accessible.name: entry.modelData.when + " " + entry.modelData.author + " : " + entry.modelData.text

            ColumnLayout {
                id: entryColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: entry.isComment ? 8 : 0
                anchors.rightMargin: 8
                spacing: 1
                RowLayout {
                    spacing: 6
                    Label {
                        text: entry.modelData.when
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        text: entry.modelData.author
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                    }
                    Label {
                        visible: entry.isComment
                        text: entry.modelData.type === "public" ? qsTr("réponse au demandeur") : qsTr("note interne")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        font.italic: true
                    }
                    Label {
                        visible: entry.modelData.pending
                        text: qsTr("en attente d'envoi")
                        color: Theme.warning
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.modelData.text
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: entry.isComment ? Theme.fontNormal : Theme.fontSmall
                }
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.App

/** One ticket of the Inbox list. */
ItemDelegate {
    id: root

    required property int index
    required property string reference
    required property string categoryLabel
    required property string categoryColour
    required property string categoryIcon
    required property string statusLabel
    required property string statusClass
    required property string priority
    required property string priorityLabel
    required property string district
    required property string address
    required property string description
    required property string createdText
    required property string dueText
    required property string deadlineState
    required property string deadlineText
    required property string assignee
    required property string team
    required property int photoCount
    required property bool pending
    property bool selected: false
    /** Part of the selection a bulk action works on. */
    property bool marked: false
    /** Clicked, with the keyboard modifiers (Ctrl: add to the selection, Shift: a range). */
    signal activated(int modifiers)

    implicitHeight: Theme.rowHeight + 8
    padding: 0
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3, %4").arg(root.reference).arg(root.categoryLabel).arg(root.statusLabel).arg(root.address)

    background: Rectangle {
        color: root.marked ? "#cfe0f5" : root.selected ? Theme.selection : (root.hovered ? Theme.hover : Theme.surface)
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.border
        }
        Rectangle {
            visible: root.selected
            width: 3
            height: parent.height
            color: Theme.primary
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing

        Label {
            visible: root.marked
            text: "✓"
            font.bold: true
            color: Theme.primary
            Accessible.name: qsTr("sélectionné")
        }
        CategoryIcon {
            source: root.categoryIcon
            colour: root.categoryColour
            name: root.categoryLabel
            Layout.alignment: Qt.AlignVCenter
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 6
                Label {
                    text: root.reference
                    font.bold: true
                    font.family: "monospace"
                    color: Theme.text
                }
                Label {
                    text: root.categoryLabel
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: root.pending
                    text: "●"
                    color: Theme.accent
                    ToolTip.visible: pendingMouse.containsMouse
                    ToolTip.text: qsTr("Modification locale en attente d'envoi")
                    MouseArea {
                        id: pendingMouse
                        anchors.fill: parent
                        hoverEnabled: true
                    }
                }
                Image {
                    visible: root.photoCount > 0
                    source: "qrc:/lanterne/icons/photo.svg"
                    sourceSize: Qt.size(14, 14)
                    Accessible.ignored: true
                }
                Label {
                    visible: root.photoCount > 0
                    text: root.photoCount
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("%n photo(s)", "", root.photoCount)
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.description
                elide: Text.ElideRight
                maximumLineCount: 1
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                text: root.address + (root.district.length > 0 ? " · " + root.district : "")
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            spacing: 3
            Layout.preferredWidth: 215
            Layout.alignment: Qt.AlignVCenter
            RowLayout {
                spacing: 4
                Badge {
                    text: root.statusLabel
                    colour: Theme.statusColour(root.statusClass)
                    Layout.maximumWidth: 130
                    ToolTip.visible: statusHover.hovered
                    ToolTip.text: root.statusLabel
                    HoverHandler {
                        id: statusHover
                    }
                }
                Badge {
                    visible: root.priority === "high" || root.priority === "urgent"
                    text: root.priorityLabel
                    colour: Theme.priorityColour(root.priority)
                    filled: false
                }
            }
            RowLayout {
                spacing: 4
                Label {
                    text: root.createdText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                DeadlineBadge {
                    deadline: root.deadlineState
                    text: root.deadlineText
                    Layout.maximumWidth: 120
                }
            }
            Label {
                text: root.assignee.length > 0 ? root.assignee : root.team
                visible: text.length > 0
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.maximumWidth: 215
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        onClicked: mouse => root.activated(mouse.modifiers)
    }
}

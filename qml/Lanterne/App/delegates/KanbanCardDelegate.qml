// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.App

/** A ticket's card on the kanban: category, reference, age, deadline, district, photo, assignee. */
ItemDelegate {
    id: root

    required property int index
    required property string ticketId
    required property string reference
    required property string categoryLabel
    required property string categoryColour
    required property string categoryIcon
    required property string priority
    required property string priorityLabel
    required property string district
    required property string address
    required property string ageText
    required property string deadlineState
    required property string deadlineText
    required property string assignee
    required property string team
    required property string firstPhoto
    required property bool pending
    property bool selected: false
    property bool marked: false

    /** Pressed and moved: the page drags a copy of the card (points in window coordinates). */
    signal dragStarted(var card, point at)
    signal dragMoved(point at)
    signal dragEnded(point at)
    signal activated(var card, int modifiers)

    implicitHeight: Math.max(contentLayout.implicitHeight, photo.visible ? 56 : 0) + 14
    padding: 7
    Accessible.role: Accessible.ListItem
    Accessible.name: [root.reference, root.categoryLabel, root.deadlineText, root.district, root.assignee].filter(s => s.length > 0).join(", ")

    background: Rectangle {
        radius: Theme.radius
        color: root.marked ? Theme.selection : (root.hovered ? Theme.hover : Theme.surface)
        border.color: root.selected ? Theme.primary : Theme.border
        border.width: root.selected ? 2 : 1
        Rectangle {
            // The category's colour on the card's edge.
            width: 4
            height: parent.height - 2
            anchors.left: parent.left
            anchors.leftMargin: 1
            anchors.verticalCenter: parent.verticalCenter
            radius: 2
            color: root.categoryColour
        }
    }

    contentItem: RowLayout {
        spacing: 6
        ColumnLayout {
            id: contentLayout
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 5
                CategoryIcon {
                    implicitWidth: 20
                    implicitHeight: 20
                    source: root.categoryIcon
                    colour: root.categoryColour
                    name: root.categoryLabel
                }
                Label {
                    text: root.reference
                    font.bold: true
                    font.family: "monospace"
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                }
                Label {
                    visible: root.pending
                    text: "●"
                    color: Theme.accent
                    Accessible.name: qsTr("Modification locale en attente d'envoi")
                }
                Item {
                    Layout.fillWidth: true
                }
                Label {
                    text: root.ageText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("reçu il y a %1").arg(root.ageText)
                }
            }
            Label {
                Layout.fillWidth: true
                text: root.categoryLabel
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.district.length > 0 ? root.district : root.address
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                DeadlineBadge {
                    deadline: root.deadlineState
                    text: root.deadlineText
                }
                Badge {
                    visible: root.priority === "high" || root.priority === "urgent"
                    text: root.priorityLabel
                    colour: Theme.priorityColour(root.priority)
                    filled: false
                }
                Label {
                    visible: text.length > 0
                    text: root.assignee.length > 0 ? root.assignee : root.team
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    width: Math.min(implicitWidth, 150)
                }
            }
        }
        Image {
            id: photo
            visible: root.firstPhoto.length > 0
            Layout.preferredWidth: 64
            Layout.preferredHeight: 48
            Layout.alignment: Qt.AlignTop
            source: root.firstPhoto
            sourceSize: Qt.size(128, 96)
            fillMode: Image.PreserveAspectCrop
            // The photo provider reads the store on the GUI thread's connection.
            asynchronous: false
            cache: true
            Accessible.name: qsTr("Première photo")
        }
    }

    MouseArea {
        id: dragArea
        anchors.fill: parent
        property point pressedAt
        property bool dragging: false
        preventStealing: true
        onPressed: mouse => {
            dragArea.pressedAt = Qt.point(mouse.x, mouse.y);
            dragArea.dragging = false;
        }
        onPositionChanged: mouse => {
            const at = dragArea.mapToItem(null, mouse.x, mouse.y);
            if (!dragArea.dragging && (Math.abs(mouse.x - dragArea.pressedAt.x) > 8 || Math.abs(mouse.y - dragArea.pressedAt.y) > 8)) {
                dragArea.dragging = true;
                root.dragStarted(root, dragArea.mapToItem(null, dragArea.pressedAt.x, dragArea.pressedAt.y));
            }
            if (dragArea.dragging)
                root.dragMoved(at);
        }
        onReleased: mouse => {
            if (dragArea.dragging) {
                dragArea.dragging = false;
                root.dragEnded(dragArea.mapToItem(null, mouse.x, mouse.y));
            }
        }
        onCanceled: {
            if (dragArea.dragging) {
                dragArea.dragging = false;
                root.dragEnded(Qt.point(-1, -1));
            }
        }
        onClicked: mouse => root.activated(root, mouse.modifiers)
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/** Choose the next status among those the workflow allows, with the note it requires. */
Dialog {
    id: root

    property var transitions: []
    property string currentStatusLabel
    property string reference
    property string error
    readonly property var choice: statusList.currentIndex >= 0 && statusList.currentIndex < root.transitions.length ? root.transitions[statusList.currentIndex] : null
    readonly property string need: root.choice ? root.choice.note : ""
    readonly property bool complete: root.choice !== null && (root.need === "" || (root.need === "reason" && noteField.text.trim().length > 0) || (root.need === "duplicate_of" && duplicateField.text.trim().length > 0) || (root.need === "forwarded_to" && authorityBox.currentIndex >= 0))

    signal chosen(string code, string note, string duplicateOf, string forwardedTo)

    function confirmOrFocusNote() {
        if (root.complete)
            root.accept();
        else if (root.need === "duplicate_of")
            duplicateField.forceActiveFocus();
        else if (root.need === "forwarded_to")
            authorityBox.forceActiveFocus();
        else
            noteField.forceActiveFocus();
    }

    title: qsTr("%1 : changer le statut (actuel : %2)").arg(root.reference).arg(root.currentStatusLabel)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: {
        root.error = "";
        noteField.text = "";
        duplicateField.text = "";
        statusList.currentIndex = 0;
        statusList.forceActiveFocus();
    }
    onAccepted: {
        // Keep the dialog open until the store accepted the change.
        root.open();
        root.chosen(root.choice.code, noteField.text.trim(), duplicateField.text.trim(), root.need === "forwarded_to" ? authorityBox.currentValue : "");
    }
    Component.onCompleted: root.standardButton(Dialog.Ok).enabled = Qt.binding(() => root.complete)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ListView {
            id: statusList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 300)
            clip: true
            model: root.transitions
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Statuts possibles")
            // Keyboard: arrows choose, Enter confirms (or goes to the field the status needs).
            Keys.onReturnPressed: root.confirmOrFocusNote()
            Keys.onEnterPressed: root.confirmOrFocusNote()
            ScrollBar.vertical: ScrollBar {
                policy: statusList.contentHeight > statusList.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            }
            delegate: ItemDelegate {
                id: choiceDelegate
                required property var modelData
                required property int index
                width: statusList.width
                readonly property string hint: choiceDelegate.modelData.note === "reason" ? qsTr("motif requis") : choiceDelegate.modelData.note === "duplicate_of" ? qsTr("indiquer l'original") : choiceDelegate.modelData.note === "forwarded_to" ? qsTr("choisir l'autorité") : ""
                text: choiceDelegate.modelData.label.charAt(0).toUpperCase() + choiceDelegate.modelData.label.slice(1) + (choiceDelegate.hint.length > 0 ? " — " + choiceDelegate.hint : "")
                highlighted: statusList.currentIndex === choiceDelegate.index
                onClicked: statusList.currentIndex = choiceDelegate.index
                onDoubleClicked: if (root.complete)
                    root.accept()
            }
        }
        Label {
            visible: root.need === "duplicate_of"
            text: qsTr("Référence du signalement d'origine")
        }
        TextField {
            id: duplicateField
            visible: root.need === "duplicate_of"
            Layout.fillWidth: true
            placeholderText: "PAN-2026-000123"
            Accessible.name: qsTr("Référence du signalement d'origine")
            onAccepted: root.confirmOrFocusNote()
        }
        Label {
            visible: root.need === "forwarded_to"
            text: qsTr("Autorité compétente")
        }
        ComboBox {
            id: authorityBox
            visible: root.need === "forwarded_to"
            Layout.fillWidth: true
            model: Session.authorities
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Autorité compétente")
        }
        Label {
            text: root.need === "reason" ? qsTr("Motif (obligatoire)") : qsTr("Note interne (facultative)")
        }
        TextArea {
            id: noteField
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Motif ou note")
            Keys.onPressed: event => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    root.confirmOrFocusNote();
                    event.accepted = true;
                }
            }
            background: Rectangle {
                color: Theme.internalNote
                border.color: noteField.activeFocus ? Theme.primary : Theme.border
                radius: Theme.radius
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

// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/** Which statuses the kanban shows as columns, in which order, and how long done tickets stay. */
Dialog {
    id: root

    required property KanbanBoard board
    property var choices: []

    function moveChoice(from: int, to: int) {
        if (to < 0 || to >= root.choices.length)
            return;
        let c = root.choices.slice();
        const item = c.splice(from, 1)[0];
        c.splice(to, 0, item);
        root.choices = c;
        choiceList.currentIndex = to;
    }

    function setShown(index: int, shown: bool) {
        let c = root.choices.slice();
        c[index] = Object.assign({}, c[index], { "shown": shown });
        root.choices = c;
    }

    title: qsTr("Colonnes du tableau")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 420
    standardButtons: Dialog.Ok | Dialog.Cancel | Dialog.RestoreDefaults
    onOpened: {
        root.choices = root.board.statusChoices();
        doneDays.value = root.board.doneDays;
        choiceList.currentIndex = 0;
        choiceList.forceActiveFocus();
    }
    onAccepted: {
        root.board.statusColumns = root.choices.filter(c => c.shown).map(c => c.code);
        root.board.doneDays = doneDays.value;
    }
    onReset: {
        root.board.statusColumns = [];
        root.close();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Cochez les statuts à afficher ; Alt+↑ / Alt+↓ changent l'ordre.")
            color: Theme.textMuted
        }
        ListView {
            id: choiceList
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 380)
            clip: true
            model: root.choices
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Statuts")
            Keys.onPressed: event => {
                if (event.modifiers & Qt.AltModifier && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    root.moveChoice(choiceList.currentIndex, choiceList.currentIndex + (event.key === Qt.Key_Up ? -1 : 1));
                    event.accepted = true;
                } else if (event.key === Qt.Key_Space && choiceList.currentIndex >= 0) {
                    root.setShown(choiceList.currentIndex, !root.choices[choiceList.currentIndex].shown);
                    event.accepted = true;
                }
            }
            delegate: RowLayout {
                id: choiceRow
                required property var modelData
                required property int index
                width: choiceList.width
                CheckBox {
                    Layout.fillWidth: true
                    text: choiceRow.modelData.label.charAt(0).toUpperCase() + choiceRow.modelData.label.slice(1)
                    checked: choiceRow.modelData.shown
                    onToggled: root.setShown(choiceRow.index, checked)
                    font.bold: choiceList.currentIndex === choiceRow.index
                }
                ToolButton {
                    text: "↑"
                    enabled: choiceRow.index > 0
                    onClicked: root.moveChoice(choiceRow.index, choiceRow.index - 1)
                    Accessible.name: qsTr("Monter %1").arg(choiceRow.modelData.label)
                }
                ToolButton {
                    text: "↓"
                    enabled: choiceRow.index < root.choices.length - 1
                    onClicked: root.moveChoice(choiceRow.index, choiceRow.index + 1)
                    Accessible.name: qsTr("Descendre %1").arg(choiceRow.modelData.label)
                }
            }
        }
        RowLayout {
            Label {
                text: qsTr("Colonnes résolues et closes : les")
            }
            SpinBox {
                id: doneDays
                from: 1
                to: 365
                editable: true
                Accessible.name: qsTr("Nombre de jours")
            }
            Label {
                text: qsTr("derniers jours")
            }
        }
    }
}

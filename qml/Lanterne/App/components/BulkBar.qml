// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/**
 * Actions on the selected tickets (from the list, the map or the kanban): assign, change the
 * status, set the priority, forward; each ticket is checked on its own, refusals are listed, and
 * the last bulk action can be undone.
 */
Rectangle {
    id: root

    property var ids: []
    /** The last result: {done, refused: [{reference, message}], summary}. */
    property var lastResult: null
    readonly property alias statusDialog: bulkStatusDialog
    readonly property alias assignDialog: bulkAssignDialog

    /** The selection was acted upon (or dropped): the page empties it. */
    signal cleared
    /** What the user should know (a planning done). */
    signal notice(string message)

    function apply(result: var) {
        root.lastResult = result;
        if (result.done > 0)
            root.cleared();
    }

    function openStatus() {
        bulkStatusDialog.transitions = Session.statusChoices();
        bulkStatusDialog.open();
    }

    function openForward() {
        bulkStatusDialog.transitions = Session.statusChoices().filter(c => c.code === "forwarded");
        bulkStatusDialog.open();
    }

    visible: root.ids.length > 0 || Session.bulkUndoLabel.length > 0
    implicitHeight: barLayout.implicitHeight + 2 * Theme.spacing
    color: Theme.selection
    border.color: Theme.primaryLight
    radius: Theme.radius
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Actions sur la sélection")

    RowLayout {
        id: barLayout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Label {
            objectName: "bulkCount"
            visible: root.ids.length > 0
            text: qsTr("%Ln sélectionné(s)", "", root.ids.length)
            font.bold: true
            color: Theme.text
        }
        Button {
            objectName: "bulkAssignButton"
            visible: root.ids.length > 0 && Session.canEditTickets
            text: qsTr("Affecter…")
            onClicked: bulkAssignDialog.open()
        }
        Button {
            objectName: "bulkStatusButton"
            visible: root.ids.length > 0
            text: qsTr("Statut…")
            onClicked: root.openStatus()
        }
        Button {
            objectName: "bulkPriorityButton"
            visible: root.ids.length > 0 && Session.canEditTickets
            text: qsTr("Priorité…")
            onClicked: priorityMenu.open()
            Menu {
                id: priorityMenu
                Repeater {
                    model: Session.priorities
                    delegate: MenuItem {
                        required property var modelData
                        text: modelData.label
                        onTriggered: root.apply(Session.bulkSetPriority(root.ids, modelData.code))
                    }
                }
            }
        }
        Button {
            objectName: "bulkPlanButton"
            visible: root.ids.length > 0 && Session.canEditTickets
            text: qsTr("Planifier…")
            onClicked: bulkPlanDialog.open()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Ajouter à la tournée d'une équipe, un jour donné")
        }
        Button {
            objectName: "bulkForwardButton"
            visible: root.ids.length > 0 && Session.canEditTickets
            text: qsTr("Transmettre…")
            onClicked: root.openForward()
        }
        Button {
            visible: root.ids.length > 0
            flat: true
            text: qsTr("Désélectionner")
            onClicked: root.cleared()
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            visible: root.lastResult !== null && root.lastResult.refused.length > 0
            text: root.lastResult ? root.lastResult.refused.slice(0, 3).map(r => r.reference + " : " + r.message).join(" ; ") + (root.lastResult.refused.length > 3 ? "…" : "") : ""
            color: Theme.danger
            elide: Text.ElideRight
            ToolTip.visible: refusedHover.hovered
            ToolTip.text: root.lastResult ? root.lastResult.refused.map(r => r.reference + " : " + r.message).join("\n") : ""
            HoverHandler {
                id: refusedHover
            }
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "bulkUndoButton"
            visible: Session.bulkUndoLabel.length > 0
            text: qsTr("Annuler : %1").arg(Session.bulkUndoLabel)
            onClicked: root.apply(Session.undoBulk())
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Défait la dernière action groupée (les signalements modifiés depuis restent tels quels)")
        }
    }

    PlanDialog {
        id: bulkPlanDialog
        ticketIds: root.ids
        what: qsTr("%Ln signalement(s)", "", root.ids.length)
        onPlanned: message => {
            root.lastResult = null;
            root.notice(message);
            root.cleared();
        }
    }

    StatusDialog {
        id: bulkStatusDialog
        objectName: "bulkStatusDialog"
        reference: qsTr("%Ln signalement(s)", "", root.ids.length)
        currentStatusLabel: qsTr("divers")
        onChosen: (code, note, duplicateOf, forwardedTo) => {
            const result = Session.bulkSetStatus(root.ids, code, note, duplicateOf, forwardedTo);
            root.apply(result);
            if (result.done > 0 || result.refused.length === 0)
                bulkStatusDialog.close();
            else
                bulkStatusDialog.error = result.summary;
        }
    }

    Dialog {
        id: bulkAssignDialog
        objectName: "bulkAssignDialog"
        title: qsTr("Affecter %Ln signalement(s)", "", root.ids.length)
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 440
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: {
            serviceChoice.currentIndex = 0;
            teamChoice.currentIndex = 0;
            agentChoice.currentIndex = 0;
            serviceChoice.forceActiveFocus();
        }
        onAccepted: {
            // null: unchanged; "": nobody.
            const value = box => box.currentIndex === 0 ? null : box.currentValue;
            root.apply(Session.bulkAssign(root.ids, value(serviceChoice), value(teamChoice), value(agentChoice)));
        }
        GridLayout {
            anchors.fill: parent
            columns: 2
            Label {
                text: qsTr("Service")
            }
            ComboBox {
                id: serviceChoice
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "code"
                model: [{ "code": "", "name": qsTr("— inchangé —") }, { "code": "", "name": qsTr("— aucun —") }].concat(Session.services)
                Accessible.name: qsTr("Service")
            }
            Label {
                text: qsTr("Équipe")
            }
            ComboBox {
                id: teamChoice
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "code"
                model: [{ "code": "", "name": qsTr("— inchangée —") }, { "code": "", "name": qsTr("— aucune —") }].concat(Session.teams)
                Accessible.name: qsTr("Équipe")
            }
            Label {
                text: qsTr("Agent")
            }
            ComboBox {
                id: agentChoice
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "login"
                model: [{ "login": "", "name": qsTr("— inchangé —") }, { "login": "", "name": qsTr("— personne —") }].concat(Session.agents)
                Accessible.name: qsTr("Agent")
            }
        }
    }
}

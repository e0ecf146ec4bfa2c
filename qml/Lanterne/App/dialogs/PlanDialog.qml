// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/**
 * Plan tickets for a team and a day: they become the last stops of that day's round (the ticket
 * goes to the team and becomes "planifié"), at a time or at any time of the day.
 */
Dialog {
    id: root

    /** The tickets to plan, and how to name them in the title. */
    property var ticketIds: []
    property string what
    /** The team proposed first (the ticket's own), else the first one. */
    property string suggestedTeam
    property string error

    readonly property string dayIso: root.parseDay(dayField.text)
    readonly property bool timeOk: timeField.text.trim().length === 0 || /^([01]?\d|2[0-3]):[0-5]\d$/.test(timeField.text.trim())
    readonly property bool complete: root.ticketIds.length > 0 && teamBox.currentIndex >= 0 && root.dayIso.length > 0 && root.timeOk

    signal planned(string message)

    /** "jj/mm/aaaa" (or "aaaa-mm-jj") to ISO, "" when it is not a date. */
    function parseDay(text: string): string {
        const t = text.trim();
        let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
        let y, mo, d;
        if (m) {
            d = +m[1];
            mo = +m[2];
            y = +m[3];
        } else {
            m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
            if (!m)
                return "";
            y = +m[1];
            mo = +m[2];
            d = +m[3];
        }
        const date = new Date(y, mo - 1, d);
        if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d)
            return "";
        return y + "-" + String(mo).padStart(2, "0") + "-" + String(d).padStart(2, "0");
    }
    function showDay(iso: string): string {
        const p = iso.split("-");
        return p.length === 3 ? p[2] + "/" + p[1] + "/" + p[0] : "";
    }

    title: qsTr("Planifier %1").arg(root.what)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 500
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: {
        root.error = "";
        const i = teamBox.indexOfValue(root.suggestedTeam);
        teamBox.currentIndex = i >= 0 ? i : 0;
        dayField.text = root.showDay(planner.nextWorkingDay());
        timeField.text = "";
        teamBox.forceActiveFocus();
    }
    onAccepted: {
        const r = planner.plan(root.ticketIds, teamBox.currentValue, root.dayIso, timeField.text);
        if (r.count === 0) {
            root.error = r.message;
            root.open();
            return;
        }
        root.planned(r.message);
    }
    Component.onCompleted: {
        const ok = root.standardButton(Dialog.Ok);
        ok.text = qsTr("Planifier");
        ok.enabled = Qt.binding(() => root.complete);
        root.standardButton(Dialog.Cancel).text = qsTr("Annuler");
    }

    FieldDayModel {
        id: planner
        active: false // plans only: no rows to read
    }
    // The chosen day as it stands: how many stops it has already.
    FieldDayModel {
        id: target
        active: root.visible
        team: teamBox.currentValue ?? ""
        day: root.dayIso
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing

        Label {
            text: qsTr("Équipe")
        }
        ComboBox {
            id: teamBox
            objectName: "planTeam"
            Layout.fillWidth: true
            model: Session.teams
            textRole: "name"
            valueRole: "code"
            Accessible.name: qsTr("Équipe")
            Keys.onReturnPressed: if (root.complete) root.accept()
        }
        Label {
            text: qsTr("Jour")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: dayField
                objectName: "planDay"
                Layout.preferredWidth: 130
                placeholderText: qsTr("jj/mm/aaaa")
                Accessible.name: qsTr("Jour de l'intervention")
                color: root.dayIso.length > 0 ? Theme.text : Theme.danger
                onAccepted: if (root.complete) root.accept()
            }
            Button {
                flat: true
                text: qsTr("Aujourd'hui")
                onClicked: dayField.text = root.showDay(Qt.formatDate(new Date(), "yyyy-MM-dd"))
            }
            Button {
                flat: true
                text: qsTr("Prochain jour ouvré")
                onClicked: dayField.text = root.showDay(planner.nextWorkingDay())
            }
        }
        Label {
            text: qsTr("Heure")
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: timeField
                objectName: "planTime"
                Layout.preferredWidth: 90
                placeholderText: qsTr("HH:MM")
                Accessible.name: qsTr("Heure prévue (facultative)")
                color: root.timeOk ? Theme.text : Theme.danger
                onAccepted: if (root.complete) root.accept()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("facultative : sans heure, l'arrêt se fait dans la journée")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: root.dayIso.length > 0 && teamBox.currentIndex >= 0
            text: target.count === 0 ? qsTr("La tournée de ce jour est vide : ce sera son premier arrêt.") : qsTr("La tournée de ce jour a déjà %n arrêt(s) ; les nouveaux s'ajoutent à la fin.", "", target.count)
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }
}

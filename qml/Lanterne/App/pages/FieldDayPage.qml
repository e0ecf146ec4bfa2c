// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/**
 * A team's day. For the field role, "Ma journée": the team's stops of a chosen day, recorded
 * stop after stop from the keyboard (F done, N not done, I impossible, Enter for the details),
 * each a local write with no wait, synced as one batch later. For the office, "Tournées": any
 * team's day, its order (drag a stop, or Ctrl+↑/↓), planned times, stops removed, and the round
 * sheet printed as a PDF.
 */
Rectangle {
    id: root

    readonly property bool fieldRole: Session.userRole === "field"
    readonly property bool office: Session.canEditTickets
    readonly property bool canAct: !Session.readOnly
    readonly property alias day: dayModel
    readonly property alias list: stopList
    readonly property alias reportDialog: reportDialog
    /** While a stop is dragged: the row it would land on. */
    property int dropIndex: -1

    signal notice(string message)
    signal openTicket(string id)

    color: Theme.background

    FieldDayModel {
        id: dayModel
        active: root.visible // read again when shown
        onNotice: message => root.notice(message)
        // Another day or team: its first stop to record is the current one, at once (the next
        // key goes to it); the same day changed (a stop removed or added): the row stays.
        onModelReset: {
            const shown = dayModel.team + "/" + dayModel.day;
            const kept = stopList.currentIndex;
            if (shown !== root.shownDay)
                stopList.currentIndex = dayModel.count > 0 ? Math.max(0, dayModel.nextToReport(0)) : -1;
            else
                stopList.currentIndex = Math.min(kept, dayModel.count - 1);
            root.shownDay = shown;
            if (stopList.currentIndex >= 0)
                stopList.positionViewAtIndex(stopList.currentIndex, ListView.Contain);
        }
    }
    property string shownDay

    /** The current stop's values, for the report dialog. */
    function values(row: int): var {
        const item = stopList.itemAtIndex(row);
        return item ? item.values : null;
    }
    /** The common case: a result at the stop's planned time, then the next stop to record. */
    function quick(result: string) {
        const row = stopList.currentIndex;
        if (row < 0 || !root.canAct)
            return;
        if (result === "impossible") {
            root.openReport(result, "reason");
            return;
        }
        const r = dayModel.quickReport(row, result);
        if (r.ok)
            root.advance(row);
        else if (r.needsTime)
            root.openReport(result, "time");
        else
            root.notice(r.message);
    }
    function openReport(result: string, focusOn: string) {
        const row = stopList.currentIndex;
        const v = root.values(row);
        if (!v || !root.canAct)
            return;
        reportDialog.edit(row, v, result.length > 0 ? result : (v.result.length > 0 ? v.result : "done"), focusOn);
    }
    /** To the next stop not recorded yet after @p row (or stays when all are). */
    function advance(row: int) {
        const next = dayModel.nextToReport(row + 1);
        stopList.currentIndex = next >= 0 ? next : Math.min(row + 1, stopList.count - 1);
        stopList.positionViewAtIndex(stopList.currentIndex, ListView.Contain);
        stopList.forceActiveFocus();
    }
    function moveCurrent(delta: int) {
        const from = stopList.currentIndex, to = from + delta;
        if (root.office && from >= 0 && to >= 0 && to < stopList.count && dayModel.move(from, to))
            stopList.currentIndex = to;
    }
    function focusList() {
        if (stopList.currentIndex < 0 && stopList.count > 0)
            stopList.currentIndex = Math.max(0, dayModel.nextToReport(0));
        stopList.forceActiveFocus();
    }

    Shortcut {
        sequence: "Alt+Left"
        enabled: root.visible && !reportDialog.visible
        onActivated: dayModel.shiftDay(-1)
    }
    Shortcut {
        sequence: "Alt+Right"
        enabled: root.visible && !reportDialog.visible
        onActivated: dayModel.shiftDay(1)
    }
    Shortcut {
        sequence: "Alt+Home"
        enabled: root.visible && !reportDialog.visible
        onActivated: dayModel.goToday()
    }
    Shortcut {
        sequence: "Alt+PgUp"
        enabled: root.visible && !reportDialog.visible && dayModel.previousPlannedDay.length > 0
        onActivated: dayModel.day = dayModel.previousPlannedDay
    }
    Shortcut {
        sequence: "Alt+PgDown"
        enabled: root.visible && !reportDialog.visible && dayModel.nextPlannedDay.length > 0
        onActivated: dayModel.day = dayModel.nextPlannedDay
    }
    Shortcut {
        sequences: [StandardKey.Print]
        enabled: root.visible && !reportDialog.visible && dayModel.count > 0 && !dayModel.printing
        onActivated: sheetDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: root.fieldRole ? qsTr("Ma journée") : qsTr("Tournées")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.rightMargin: Theme.margin
            }
            Label {
                visible: root.fieldRole
                text: Session.teamName(dayModel.team)
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            ComboBox {
                id: teamBox
                objectName: "teamBox"
                visible: !root.fieldRole
                Layout.preferredWidth: 260
                model: Session.teams
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Équipe")
                Component.onCompleted: teamBox.currentIndex = teamBox.indexOfValue(dayModel.team)
                onActivated: dayModel.team = teamBox.currentValue
                Connections {
                    target: dayModel
                    function onDayChanged() {
                        teamBox.currentIndex = teamBox.indexOfValue(dayModel.team);
                    }
                }
            }
            ToolButton {
                text: "◀"
                onClicked: dayModel.shiftDay(-1)
                Accessible.name: qsTr("Jour précédent")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Jour précédent (Alt+←)")
            }
            Label {
                objectName: "dayLabel"
                text: dayModel.dayLabel
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                Layout.minimumWidth: 230
                horizontalAlignment: Text.AlignHCenter
            }
            ToolButton {
                text: "▶"
                onClicked: dayModel.shiftDay(1)
                Accessible.name: qsTr("Jour suivant")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Jour suivant (Alt+→)")
            }
            Button {
                flat: true
                text: qsTr("Aujourd'hui")
                enabled: !dayModel.isToday
                onClicked: dayModel.goToday()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Alt+Début")
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                objectName: "counts"
                text: dayModel.count === 0 ? "" : qsTr("%1 / %2 rendus").arg(dayModel.reportedCount).arg(dayModel.count) + (dayModel.pendingCount > 0 ? qsTr(" · %n à envoyer", "", dayModel.pendingCount) : "")
                color: Theme.textMuted
            }
            Button {
                objectName: "printButton"
                text: dayModel.printing ? qsTr("Préparation des cartes…") : qsTr("Feuille de route…")
                enabled: dayModel.count > 0 && !dayModel.printing
                onClicked: sheetDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Enregistrer la feuille de route de ce jour en PDF, pour l'imprimer (Ctrl+P)")
            }
            BusyIndicator {
                visible: dayModel.printing
                running: dayModel.printing
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
        }

        Label {
            Layout.fillWidth: true
            visible: dayModel.count > 0 && root.canAct
            text: root.office ? qsTr("Clavier : ↑ ↓ choisir l'arrêt · Ctrl+↑ / Ctrl+↓ le déplacer · Suppr le retirer · F fait · N pas fait · I impossible · Entrée compte rendu détaillé") : qsTr("Clavier : ↑ ↓ choisir l'arrêt · F fait (à l'heure prévue) · N pas fait · I impossible · Entrée compte rendu détaillé (heure, temps passé, matériel, note, photo)")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: dayModel.lastError.length > 0
            text: dayModel.lastError
            color: Theme.danger
            wrapMode: Text.Wrap
        }

        ListView {
            id: stopList
            objectName: "stopList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dayModel.count > 0
            clip: true
            spacing: 6
            model: dayModel
            focus: true
            keyNavigationEnabled: true
            currentIndex: -1
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: root.fieldRole ? qsTr("Interventions de ma journée") : qsTr("Arrêts de la tournée")
            onCountChanged: if (stopList.currentIndex < 0 && stopList.count > 0)
                stopList.currentIndex = Math.max(0, dayModel.nextToReport(0))
            Keys.onPressed: event => {
                if (event.modifiers & (Qt.AltModifier | Qt.MetaModifier))
                    return;
                const ctrl = event.modifiers & Qt.ControlModifier;
                if (!ctrl && event.key === Qt.Key_F) {
                    root.quick("done");
                    event.accepted = true;
                } else if (!ctrl && event.key === Qt.Key_N) {
                    root.quick("not_done");
                    event.accepted = true;
                } else if (!ctrl && event.key === Qt.Key_I) {
                    root.quick("impossible");
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    root.openReport("", "");
                    event.accepted = true;
                } else if (ctrl && event.key === Qt.Key_Up) {
                    root.moveCurrent(-1);
                    event.accepted = true;
                } else if (ctrl && event.key === Qt.Key_Down) {
                    root.moveCurrent(1);
                    event.accepted = true;
                } else if (event.key === Qt.Key_Delete && root.office && stopList.currentIndex >= 0) {
                    const row = stopList.currentIndex;
                    if (dayModel.remove(row))
                        stopList.currentIndex = Math.min(row, stopList.count - 1);
                    event.accepted = true;
                }
            }
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: stop
                required property int index
                required property string interventionId
                required property string ticketId
                required property string reference
                required property int position
                required property string plannedTime
                required property string defaultTime
                required property string category
                required property string categoryLabel
                required property string address
                required property string description
                required property string ticketStatus
                required property string ticketStatusLabel
                required property bool ticketElsewhere
                required property string result
                required property string resultLabel
                required property string reason
                required property string actedTime
                required property int minutesSpent
                required property string materials
                required property string note
                required property string afterPhoto
                required property bool pending
                readonly property bool current: ListView.isCurrentItem
                readonly property var values: ({
                        "reference": stop.reference,
                        "address": stop.address,
                        "result": stop.result,
                        "actedTime": stop.actedTime,
                        "defaultTime": stop.defaultTime,
                        "minutesSpent": stop.minutesSpent,
                        "materials": stop.materials,
                        "note": stop.note,
                        "reason": stop.reason
                    })
                readonly property color resultColour: stop.result === "done" ? Theme.success : stop.result === "not_done" ? Theme.warning : stop.result === "impossible" ? Theme.danger : Theme.textMuted

                width: stopList.width - 12
                height: row.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: stop.current ? Theme.selection : Theme.surface
                border.color: stop.current && stopList.activeFocus ? Theme.primaryLight : Theme.border
                border.width: stop.current && stopList.activeFocus ? 2 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Arrêt %1, %2, %3, %4, %5").arg(stop.position).arg(stop.plannedTime.length > 0 ? stop.plannedTime : qsTr("heure libre")).arg(stop.reference).arg(stop.address).arg(stop.result.length > 0 ? stop.resultLabel : qsTr("à faire"))

                // Where a dragged stop would land.
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.topMargin: -4
                    height: 3
                    color: Theme.accent
                    visible: root.dropIndex === stop.index
                }

                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        stopList.currentIndex = stop.index;
                        stopList.forceActiveFocus();
                    }
                    onDoubleClicked: root.openReport("", "")
                }

                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    spacing: Theme.margin

                    // Drag handle (office): drop on another stop to take its place.
                    Label {
                        objectName: "dragHandle"
                        visible: root.office && root.canAct
                        text: "⠿"
                        font.pixelSize: 22
                        color: Theme.textMuted
                        Layout.alignment: Qt.AlignVCenter
                        Accessible.name: qsTr("Déplacer l'arrêt (ou Ctrl+↑ / Ctrl+↓)")
                        MouseArea {
                            id: handle
                            anchors.fill: parent
                            anchors.margins: -6
                            cursorShape: Qt.SizeVerCursor
                            preventStealing: true
                            onPressed: {
                                stopList.currentIndex = stop.index;
                                root.dropIndex = stop.index;
                            }
                            onPositionChanged: mouse => {
                                const p = handle.mapToItem(stopList.contentItem, mouse.x, mouse.y);
                                const i = stopList.indexAt(20, p.y);
                                if (i >= 0)
                                    root.dropIndex = i;
                            }
                            onReleased: {
                                const to = root.dropIndex;
                                root.dropIndex = -1;
                                if (to >= 0 && to !== stop.index && dayModel.move(stop.index, to))
                                    stopList.currentIndex = to;
                                stopList.forceActiveFocus();
                            }
                            onCanceled: root.dropIndex = -1
                        }
                    }

                    // The stop's number, in the colour of its result.
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        implicitWidth: 34
                        implicitHeight: 34
                        radius: 17
                        color: stop.result.length > 0 ? stop.resultColour : Theme.primary
                        Label {
                            anchors.centerIn: parent
                            text: stop.position
                            color: "white"
                            font.bold: true
                            font.pixelSize: Theme.fontLarge
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            spacing: Theme.spacing
                            Label {
                                text: stop.plannedTime.length > 0 ? stop.plannedTime : qsTr("Heure libre")
                                font.bold: stop.plannedTime.length > 0
                                color: stop.plannedTime.length > 0 ? Theme.text : Theme.textMuted
                                visible: !root.office
                            }
                            Label {
                                text: stop.reference
                                font.family: "monospace"
                                font.bold: true
                                color: Theme.text
                            }
                            Label {
                                text: stop.categoryLabel
                                color: Theme.text
                            }
                            Badge {
                                text: stop.ticketStatusLabel
                                colour: Theme.statusColour(Session.statusClass(stop.ticketStatus))
                            }
                            Badge {
                                visible: stop.pending
                                text: qsTr("à envoyer")
                                colour: Theme.info
                                filled: false
                            }
                            Badge {
                                visible: stop.ticketElsewhere
                                text: qsTr("confié à une autre équipe")
                                colour: Theme.warning
                                filled: false
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: stop.address.length > 0 ? stop.address : qsTr("Adresse non précisée")
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: stop.description
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        // What the team reported.
                        RowLayout {
                            visible: stop.result.length > 0
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Badge {
                                objectName: "resultBadge"
                                text: stop.resultLabel
                                colour: stop.resultColour
                            }
                            Label {
                                Layout.fillWidth: true
                                text: [qsTr("à %1").arg(stop.actedTime), stop.minutesSpent > 0 ? qsTr("%1 min").arg(stop.minutesSpent) : "", stop.reason.length > 0 ? qsTr("motif : %1").arg(stop.reason) : "", stop.materials, stop.note].filter(s => s.length > 0).join(" · ")
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            Image {
                                visible: stop.afterPhoto.length > 0
                                source: stop.afterPhoto.length > 0 ? "image://photo/thumb/" + stop.afterPhoto : ""
                                sourceSize: Qt.size(64, 48)
                                Layout.preferredWidth: 64
                                Layout.preferredHeight: 48
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true // the provider reads it through a connection of its thread
                                objectName: "afterPhoto"
                                Accessible.name: qsTr("Photo après intervention")
                            }
                        }
                    }

                    // Office: the planned time, and removing a stop not reported yet.
                    ColumnLayout {
                        visible: root.office && root.canAct
                        Layout.alignment: Qt.AlignTop
                        spacing: 4
                        TextField {
                            objectName: "plannedTimeField"
                            Layout.preferredWidth: 84
                            text: stop.plannedTime
                            placeholderText: qsTr("HH:MM")
                            enabled: stop.result.length === 0
                            horizontalAlignment: Text.AlignHCenter
                            Accessible.name: qsTr("Heure prévue de l'arrêt %1").arg(stop.position)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Heure prévue (vide : dans la journée)")
                            onEditingFinished: if (text.trim() !== stop.plannedTime)
                                dayModel.setPlannedTime(stop.index, text.trim())
                        }
                        Button {
                            flat: true
                            text: qsTr("Retirer")
                            enabled: stop.result.length === 0
                            onClicked: dayModel.remove(stop.index)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Retirer cet arrêt de la tournée (Suppr)")
                        }
                    }

                    // Recording (the team; the office too, for a result given by phone).
                    ColumnLayout {
                        visible: root.canAct
                        Layout.alignment: Qt.AlignTop
                        spacing: 4
                        RowLayout {
                            spacing: 4
                            Button {
                                objectName: "doneButton"
                                text: qsTr("Fait")
                                highlighted: stop.result === "done"
                                onClicked: {
                                    stopList.currentIndex = stop.index;
                                    root.quick("done");
                                }
                                ToolTip.visible: hovered
                                ToolTip.text: stop.defaultTime.length > 0 ? qsTr("F : fait à %1").arg(stop.defaultTime) : qsTr("F : fait (heure à indiquer)")
                            }
                            Button {
                                text: qsTr("Pas fait")
                                highlighted: stop.result === "not_done"
                                onClicked: {
                                    stopList.currentIndex = stop.index;
                                    root.quick("not_done");
                                }
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("N")
                            }
                            Button {
                                text: qsTr("Impossible…")
                                highlighted: stop.result === "impossible"
                                onClicked: {
                                    stopList.currentIndex = stop.index;
                                    root.quick("impossible");
                                }
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("I : avec le motif")
                            }
                        }
                        RowLayout {
                            spacing: 4
                            Button {
                                flat: true
                                text: qsTr("Compte rendu…")
                                onClicked: {
                                    stopList.currentIndex = stop.index;
                                    root.openReport("", "");
                                }
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Entrée : heure, temps passé, matériel, note, photo")
                            }
                            Button {
                                flat: true
                                text: qsTr("Signalement")
                                onClicked: root.openTicket(stop.ticketId)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Ouvrir le signalement dans la liste")
                            }
                        }
                    }
                }
            }
        }

        // An empty day says what to do, and where the nearest days with stops are.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: dayModel.count === 0
            spacing: Theme.margin
            Item {
                Layout.fillHeight: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: root.office ? qsTr("Aucune intervention planifiée pour %1 ce jour-là.\nPlanifiez des signalements depuis la liste, la carte ou le tableau : bouton « Planifier… » du signalement (Ctrl+J) ou de la sélection.").arg(Session.teamName(dayModel.team)) : qsTr("Aucune intervention prévue pour votre équipe ce jour-là.")
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.margin
                Button {
                    objectName: "previousPlannedDay"
                    visible: dayModel.previousPlannedDay.length > 0
                    text: qsTr("◀ %1").arg(dayModel.dayText(dayModel.previousPlannedDay))
                    onClicked: dayModel.day = dayModel.previousPlannedDay
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("La journée précédente avec des arrêts (Alt+Page préc.)")
                }
                Button {
                    objectName: "nextPlannedDay"
                    visible: dayModel.nextPlannedDay.length > 0
                    highlighted: true
                    text: qsTr("%1 ▶").arg(dayModel.dayText(dayModel.nextPlannedDay))
                    onClicked: dayModel.day = dayModel.nextPlannedDay
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("La journée suivante avec des arrêts (Alt+Page suiv.)")
                }
            }
            Item {
                Layout.fillHeight: true
            }
        }
    }

    ReportDialog {
        id: reportDialog
        objectName: "reportDialog"
        model: dayModel
        onRecorded: row => root.advance(row)
        onClosed: stopList.forceActiveFocus()
    }

    FileDialog {
        id: sheetDialog
        title: qsTr("Enregistrer la feuille de route")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF (*.pdf)")]
        defaultSuffix: "pdf"
        currentFile: dayModel.sheetFileUrl()
        onAccepted: dayModel.printSheet(sheetDialog.selectedFile.toString())
    }
}

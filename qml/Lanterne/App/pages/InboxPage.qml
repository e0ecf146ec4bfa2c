// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** The Inbox: filters, the ticket list paged from the store, and the selected ticket's detail. */
Item {
    id: root

    property string initialSelection
    property string selectedTicketId
    property var panelFilter: ({})
    readonly property alias model: inboxModel
    readonly property alias list: ticketList
    readonly property alias detail: detailPanel
    readonly property alias map: ticketMap
    /** The middle of the page shows the list or the map (Ctrl+2 switches). */
    property bool showMap: false
    /**
     * The triage queue: new tickets first, then those to triage, oldest first, with the actions
     * of triage one keystroke away; the selection moves to the next ticket after each.
     */
    property bool triageMode: false
    /** The tickets a bulk action works on (Ctrl+click, Shift+click, Ctrl+A). */
    property var checkedIds: []
    property int selectionAnchor: -1
    readonly property alias bulkBar: bulkBar

    signal notice(string message)
    signal openConflicts
    signal openLateReport

    function effectiveFilter(panel: var): var {
        let f = Object.assign({}, panel);
        if (Session.userRole === "field")
            f.team = Session.userTeam;
        if (root.triageMode) {
            const queue = ["new", "triage"];
            f.statuses = f.statuses ? f.statuses.filter(s => queue.indexOf(s) >= 0) : queue;
            if (f.statuses.length === 0)
                f.statuses = ["none"];
        }
        return f;
    }

    /** A triage action on the selected ticket, then the next ticket of the queue. */
    function triage(status: string) {
        const row = ticketList.currentIndex;
        if (row < 0 || !detailPanel.detail.setStatus(status, "", "", ""))
            return;
        root.selectRow(Math.min(row, inboxModel.total - 1));
    }

    function mergeWithBestSuggestion() {
        const d = detailPanel.detail;
        const row = ticketList.currentIndex;
        if (row < 0 || d.duplicates.length === 0) {
            root.notice(qsTr("Aucun doublon probable pour ce signalement."));
            return;
        }
        if (d.merge(d.duplicates[0].id))
            root.selectRow(Math.min(row, inboxModel.total - 1));
    }

    function applyFilter(filter: var) {
        root.panelFilter = filter;
        filterPanel.load(filter);
        inboxModel.filter = root.effectiveFilter(filter);
    }

    function selectRow(row: int) {
        if (row < 0 || row >= inboxModel.total)
            return;
        ticketList.currentIndex = row;
        ticketList.positionViewAtIndex(row, ListView.Contain);
        root.selectedTicketId = inboxModel.ticketId(row);
    }

    function selectTicket(idOrReference: string) {
        let row = inboxModel.rowOf(idOrReference);
        if (row < 0 && Object.keys(root.panelFilter).length > 0) {
            // Not under the current filter: show everything rather than nothing.
            root.applyFilter({});
            row = inboxModel.rowOf(idOrReference);
        }
        if (row >= 0)
            root.selectRow(row);
        else
            root.notice(qsTr("Signalement introuvable : %1").arg(idOrReference));
    }

    function toggleChecked(row: int, modifiers: int) {
        const id = inboxModel.ticketId(row);
        let ids = root.checkedIds.slice();
        if ((modifiers & Qt.ShiftModifier) && root.selectionAnchor >= 0) {
            for (const other of inboxModel.idsBetween(root.selectionAnchor, row))
                if (ids.indexOf(other) < 0)
                    ids.push(other);
        } else {
            const at = ids.indexOf(id);
            if (at >= 0)
                ids.splice(at, 1);
            else
                ids.push(id);
            root.selectionAnchor = row;
        }
        root.checkedIds = ids;
    }

    /** Ctrl+A: the tickets of the list (the first 2,000), for a bulk action. */
    function checkAll() {
        const n = Math.min(inboxModel.total, 2000);
        root.checkedIds = n > 0 ? inboxModel.idsBetween(0, n - 1) : [];
        if (inboxModel.total > n)
            root.notice(qsTr("Les %1 premiers signalements de la liste sont sélectionnés.").arg(n));
    }

    function setShowMap(show: bool) {
        root.showMap = show;
        if (show) {
            if (root.selectedTicketId.length > 0)
                ticketMap.centerOnTicket(root.selectedTicketId);
            ticketMap.view.forceActiveFocus();
        } else {
            ticketList.forceActiveFocus();
        }
    }

    /** Tickets picked on the map: the list shows them (with the other filters). */
    function showMapSelection(ids: var) {
        if (ids.length === 0) {
            root.notice(qsTr("Aucun signalement dans ce rectangle."));
            return;
        }
        let f = Object.assign({}, root.panelFilter);
        f.ids = ids;
        root.applyFilter(f);
        root.notice(qsTr("%Ln signalement(s) sélectionné(s) sur la carte : Ctrl+A dans la liste pour agir sur tous", "", ids.length));
    }

    function openStatusDialog() {
        detailPanel.openStatusDialog();
    }
    function openLocationDialog() {
        detailPanel.openLocationDialog();
    }
    function openFirstPhoto() {
        detailPanel.openPhoto(0);
    }
    function openSaveFilterDialog() {
        filterPanel.openSaveDialog();
    }
    function openPlanDialog() {
        detailPanel.openPlanDialog();
    }
    function closeDialogs() {
        detailPanel.closeDialogs();
        filterPanel.closeDialogs();
    }

    Component.onCompleted: {
        if (root.triageMode)
            root.applyFilter({});
        if (Session.state === Session.Ready && root.initialSelection.length > 0) {
            root.selectTicket(root.initialSelection);
            root.initialSelection = "";
        }
    }

    InboxModel {
        id: inboxModel
        // The triage queue: new before triage, oldest first (set before the first rows, so that the
        // list does not start on a ticket of another order).
        sortKey: root.triageMode ? "status" : "created"
        ascending: root.triageMode
        onModelReset: {
            // Keep the selection on the same ticket when the list is rebuilt.
            const row = root.selectedTicketId.length > 0 ? inboxModel.rowOf(root.selectedTicketId) : -1;
            ticketList.currentIndex = row;
            // The triage queue starts on its first ticket: triage is one keystroke after another.
            if (root.triageMode && row < 0 && inboxModel.total > 0)
                root.selectRow(0);
        }
    }

    Connections {
        target: Session
        function onStateChanged() {
            if (Session.state === Session.Ready && root.initialSelection.length > 0) {
                root.selectTicket(root.initialSelection);
                root.initialSelection = "";
            }
        }
        function onUserChanged() {
            inboxModel.filter = root.effectiveFilter(root.panelFilter);
        }
    }

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: root.visible
        onActivated: filterPanel.focusSearch()
    }
    Shortcut {
        sequence: "F5"
        enabled: root.visible
        onActivated: inboxModel.reload()
    }
    Shortcut {
        sequences: [StandardKey.SelectAll]
        enabled: root.visible && !root.showMap && ticketList.activeFocus
        onActivated: root.checkAll()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && root.checkedIds.length > 0
        onActivated: root.checkedIds = []
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: root.visible
        onActivated: root.setShowMap(!root.showMap)
    }
    Shortcut {
        sequence: "Alt+P"
        enabled: root.visible && root.triageMode && Session.canEditTickets
        onActivated: root.triage("acknowledged")
    }
    Shortcut {
        sequence: "Alt+T"
        enabled: root.visible && root.triageMode && Session.canEditTickets
        onActivated: root.triage("triage")
    }
    Shortcut {
        sequence: "Alt+D"
        enabled: root.visible && root.triageMode && Session.canEditTickets
        onActivated: root.mergeWithBestSuggestion()
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        FilterPanel {
            id: filterPanel
            SplitView.preferredWidth: 270
            SplitView.minimumWidth: 220
            onFilterEdited: filter => {
                root.panelFilter = filter;
                inboxModel.filter = root.effectiveFilter(filter);
            }
            onNotice: message => root.notice(message)
        }

        Rectangle {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 420
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: Theme.margin
                    Label {
                        text: root.triageMode ? qsTr("File de tri : %Ln signalement(s)", "", inboxModel.total) : qsTr("%Ln signalement(s)", "", inboxModel.total)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Row {
                        spacing: 0
                        Accessible.role: Accessible.PageTabList
                        Button {
                            objectName: "listTab"
                            text: qsTr("Liste")
                            highlighted: !root.showMap
                            flat: root.showMap
                            onClicked: root.setShowMap(false)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Liste des signalements (Ctrl+2 pour basculer)")
                            Accessible.role: Accessible.PageTab
                        }
                        Button {
                            objectName: "mapTab"
                            text: qsTr("Carte")
                            highlighted: root.showMap
                            flat: !root.showMap
                            onClicked: root.setShowMap(true)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Carte des signalements (Ctrl+2 pour basculer)")
                            Accessible.role: Accessible.PageTab
                        }
                    }
                    Button {
                        text: qsTr("Retards…")
                        onClicked: root.openLateReport()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Ce qui est en retard, par service (Ctrl+R)")
                    }
                    Label {
                        visible: !root.showMap && !root.triageMode
                        text: qsTr("Trier par")
                        color: Theme.textMuted
                    }
                    ComboBox {
                        id: sortBox
                        visible: !root.showMap && !root.triageMode
                        Layout.preferredWidth: 170
                        textRole: "label"
                        valueRole: "key"
                        model: [
                            { "key": "created", "label": qsTr("Date de création") },
                            { "key": "updated", "label": qsTr("Dernière modification") },
                            { "key": "due", "label": qsTr("Échéance") },
                            { "key": "priority", "label": qsTr("Priorité") },
                            { "key": "status", "label": qsTr("Statut") },
                            { "key": "reference", "label": qsTr("Référence") }
                        ]
                        Accessible.name: qsTr("Trier par")
                        onActivated: inboxModel.sortKey = sortBox.currentValue
                    }
                    ToolButton {
                        visible: !root.showMap && !root.triageMode
                        text: inboxModel.ascending ? "↑" : "↓"
                        onClicked: inboxModel.ascending = !inboxModel.ascending
                        Accessible.name: inboxModel.ascending ? qsTr("Ordre croissant") : qsTr("Ordre décroissant")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    visible: inboxModel.errorString.length > 0
                    text: inboxModel.errorString
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }
                // Triage: the usual decisions on the selected ticket, one keystroke each.
                Flow {
                    objectName: "triageBar"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.bottomMargin: Theme.spacing
                    visible: root.triageMode && root.selectedTicketId.length > 0 && Session.canEditTickets
                    spacing: Theme.spacing
                    Button {
                        objectName: "acknowledgeButton"
                        text: qsTr("Prendre en compte (Alt+P)")
                        highlighted: true
                        onClicked: root.triage("acknowledged")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Le demandeur reçoit l'accusé de réception ; passe au suivant")
                    }
                    Button {
                        text: qsTr("À trier (Alt+T)")
                        enabled: detailPanel.t.status === "new"
                        onClicked: root.triage("triage")
                    }
                    Button {
                        text: qsTr("Doublon probable (Alt+D)")
                        enabled: detailPanel.detail.duplicates.length > 0
                        onClicked: root.mergeWithBestSuggestion()
                        ToolTip.visible: hovered
                        ToolTip.text: detailPanel.detail.duplicates.length > 0 ? qsTr("Fusionner avec %1").arg(detailPanel.detail.duplicates[0].reference) : ""
                    }
                    Button {
                        text: qsTr("Autre statut… (Ctrl+E)")
                        onClicked: detailPanel.openStatusDialog()
                    }
                }
                BulkBar {
                    id: bulkBar
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.bottomMargin: Theme.spacing
                    ids: root.checkedIds
                    onCleared: root.checkedIds = []
                    onNotice: message => root.notice(message)
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: Theme.border
                }
                TicketMap {
                    id: ticketMap
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.showMap
                    filter: inboxModel.filter
                    selectedTicket: root.selectedTicketId
                    onTicketClicked: id => {
                        root.selectedTicketId = id;
                        ticketList.currentIndex = inboxModel.rowOf(id);
                    }
                    onRectangleSelected: ids => root.showMapSelection(ids)
                }
                ListView {
                    id: ticketList
                    visible: !root.showMap
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: inboxModel
                    focus: true
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    reuseItems: true
                    cacheBuffer: 600
                    boundsBehavior: Flickable.StopAtBounds
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Liste des signalements")
                    ScrollBar.vertical: ScrollBar {
                        policy: ScrollBar.AlwaysOn
                    }
                    onCurrentIndexChanged: {
                        if (ticketList.currentIndex >= 0)
                            root.selectedTicketId = inboxModel.ticketId(ticketList.currentIndex);
                    }
                    Keys.onSpacePressed: root.toggleChecked(ticketList.currentIndex, 0)
                    Keys.onReturnPressed: detailPanel.forceActiveFocus()
                    Keys.onEnterPressed: detailPanel.forceActiveFocus()
                    delegate: TicketDelegate {
                        required property string ticketId
                        width: ticketList.width - 12
                        selected: ListView.isCurrentItem
                        marked: root.checkedIds.indexOf(ticketId) >= 0
                        onActivated: modifiers => {
                            if (modifiers & (Qt.ControlModifier | Qt.ShiftModifier))
                                root.toggleChecked(index, modifiers);
                            else
                                root.selectionAnchor = index;
                            ticketList.currentIndex = index;
                            ticketList.forceActiveFocus();
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: inboxModel.total === 0 && Session.state === Session.Ready
                        text: qsTr("Aucun signalement ne correspond à ces filtres.")
                        color: Theme.textMuted
                    }
                }
            }
        }

        TicketDetailPanel {
            id: detailPanel
            SplitView.preferredWidth: 520
            SplitView.minimumWidth: 380
            ticketId: root.selectedTicketId
            onNotice: message => root.notice(message)
            onOpenConflicts: root.openConflicts()
            onOpenTicket: id => root.selectTicket(id)
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/**
 * The kanban board: columns by status or by team, swimlanes by service or priority, cards dragged
 * (or moved with Ctrl+← →) from column to column, each move checked by the workflow; a move that
 * needs a note asks for it. The filters are the Inbox's.
 */
Item {
    id: root

    /** The board reads the store only while active (the page is shown). */
    property bool active: true
    property string selectedTicketId
    /** The cards a bulk action works on (Ctrl+click). */
    property var checkedIds: []
    readonly property alias bulkBar: bulkBar
    property var panelFilter: ({})
    /** The last refused move, in words (shown over the board for a few seconds). */
    property string lastRefusal
    property string dragTicketId
    property string dragReference
    property point dragPoint
    property int hoverLane: -1
    property int hoverColumn: -1
    property var hoverCheck: ({})
    /** "lane:column" -> the cell item, for drops and keyboard moves. */
    property var cells: ({})
    readonly property int columnWidth: 268
    readonly property alias board: kanban
    readonly property alias detail: detailPanel
    readonly property alias noteDialog: moveDialog
    readonly property alias columnsDialog: columnsDialog

    signal notice(string message)
    signal openConflicts

    function effectiveFilter(panel: var): var {
        let f = Object.assign({}, panel);
        if (Session.userRole === "field")
            f.team = Session.userTeam;
        return f;
    }

    function applyFilter(filter: var) {
        root.panelFilter = filter;
        filterPanel.load(filter);
        kanban.filter = root.effectiveFilter(filter);
    }

    function cell(lane: int, column: int): var {
        return root.cells[lane + ":" + column] ?? null;
    }

    /** The cell under a point of the window, or null. */
    function cellAt(at: point): var {
        const inBoard = boardFlick.mapFromItem(null, at.x, at.y);
        if (inBoard.x < 0 || inBoard.y < 0 || inBoard.x > boardFlick.width || inBoard.y > boardFlick.height)
            return null;
        for (const key in root.cells) {
            const c = root.cells[key];
            const p = c.mapFromItem(null, at.x, at.y);
            if (p.x >= 0 && p.y >= 0 && p.x < c.width && p.y < c.height)
                return c;
        }
        return null;
    }

    /** Moves a ticket to a column: refused with the reason, or a note asked, or done. */
    function requestMove(ticketId: string, column: int, lane: int): string {
        const check = kanban.checkMove(ticketId, column, lane);
        if (check.same)
            return "same";
        if (!check.allowed) {
            root.refuse(check.reason);
            return "refused";
        }
        if (check.note !== "none") {
            moveDialog.ticketId = ticketId;
            moveDialog.column = column;
            moveDialog.lane = lane;
            moveDialog.reference = Session.referenceOf(ticketId);
            moveDialog.currentStatusLabel = kanban.columns[kanban.columnOf(ticketId)]?.label ?? "";
            moveDialog.transitions = [{ "code": kanban.columns[column].code, "label": check.target, "note": check.note }];
            moveDialog.open();
            return "note";
        }
        return root.doMove(ticketId, column, {}, lane) ? "moved" : "refused";
    }

    function doMove(ticketId: string, column: int, note: var, lane: int): bool {
        const r = kanban.move(ticketId, column, note, lane);
        if (!r.ok) {
            root.refuse(r.message);
            return false;
        }
        root.lastRefusal = "";
        root.notice(qsTr("%1 : %2").arg(r.reference).arg(lane >= 0 && kanban.laneBy.length > 0 ? kanban.columns[column].label + " — " + kanban.lanes[lane].label : kanban.columns[column].label));
        root.focusTicket(ticketId, column);
        return true;
    }

    function refuse(message: string) {
        root.lastRefusal = message;
        refusalTimer.restart();
        root.notice(qsTr("Déplacement refusé : %1").arg(message));
    }

    /** Ctrl+← / Ctrl+→: the selected card to the previous or next column. */
    function moveSelectedBy(delta: int) {
        if (root.selectedTicketId.length === 0)
            return;
        const from = kanban.columnOf(root.selectedTicketId);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= kanban.columns.length)
            return;
        root.requestMove(root.selectedTicketId, to, -1);
    }

    function focusTicket(ticketId: string, column: int) {
        // In its lane now (a drop in another lane changed its priority or service).
        for (let lane = 0; lane < kanban.lanes.length; ++lane) {
            const c = root.cell(lane, column);
            if (!c || !c.model)
                continue;
            const row = c.model.rowOf(ticketId);
            if (row >= 0) {
                c.list.currentIndex = row;
                c.list.positionViewAtIndex(row, ListView.Contain);
                c.list.forceActiveFocus();
                return;
            }
        }
    }

    function toggleChecked(ticketId: string) {
        let ids = root.checkedIds.slice();
        const at = ids.indexOf(ticketId);
        if (at >= 0)
            ids.splice(at, 1);
        else
            ids.push(ticketId);
        root.checkedIds = ids;
    }

    function selectCard(cellItem: var, row: int) {
        cellItem.list.currentIndex = row;
        root.selectedTicketId = cellItem.model.ticketId(row);
        cellItem.list.forceActiveFocus();
    }

    function startDrag(card: var, at: point) {
        root.dragTicketId = card.ticketId;
        root.dragReference = card.reference;
        root.selectedTicketId = card.ticketId;
        root.dragTo(at);
    }

    function dragTo(at: point) {
        const p = root.mapFromItem(null, at.x, at.y);
        dragProxy.x = p.x - 24;
        dragProxy.y = p.y - 12;
        // Near the board's left or right edge, the board scrolls to the columns out of sight.
        const inBoard = boardFlick.mapFromItem(null, at.x, at.y);
        root.dragPoint = at;
        edgeScroll.step = inBoard.x > boardFlick.width - 48 ? 24 : (inBoard.x < 48 ? -24 : 0);
        const c = root.cellAt(at);
        const lane = c ? c.lane : -1;
        const column = c ? c.column : -1;
        if (lane !== root.hoverLane || column !== root.hoverColumn) {
            root.hoverLane = lane;
            root.hoverColumn = column;
            root.hoverCheck = column >= 0 ? kanban.checkMove(root.dragTicketId, column, lane) : ({});
        }
    }

    function endDrag(at: point) {
        edgeScroll.step = 0;
        const id = root.dragTicketId;
        const c = at.x >= 0 ? root.cellAt(at) : null;
        root.dragTicketId = "";
        root.hoverLane = -1;
        root.hoverColumn = -1;
        if (c)
            root.requestMove(id, c.column, c.lane);
    }

    KanbanBoard {
        id: kanban
        active: root.active
        onNotice: message => root.notice(message)
    }

    Connections {
        target: Session
        function onUserChanged() {
            kanban.filter = root.effectiveFilter(root.panelFilter);
        }
    }

    Timer {
        id: edgeScroll
        property int step: 0
        interval: 30
        repeat: true
        running: edgeScroll.step !== 0 && root.dragTicketId.length > 0
        onTriggered: {
            const max = Math.max(0, boardFlick.contentWidth - boardFlick.width);
            boardFlick.contentX = Math.max(0, Math.min(max, boardFlick.contentX + edgeScroll.step));
            root.hoverLane = -2; // the cells moved under the pointer: look again
            root.dragTo(root.dragPoint);
        }
    }

    Timer {
        id: refusalTimer
        interval: 8000
        onTriggered: root.lastRefusal = ""
    }

    Shortcut {
        sequence: "Ctrl+Right"
        enabled: root.visible && !moveDialog.visible
        onActivated: root.moveSelectedBy(1)
    }
    Shortcut {
        sequence: "Ctrl+Left"
        enabled: root.visible && !moveDialog.visible
        onActivated: root.moveSelectedBy(-1)
    }
    Shortcut {
        sequence: "F5"
        enabled: root.visible
        onActivated: kanban.reload()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && (root.checkedIds.length > 0 || root.selectedTicketId.length > 0) && !moveDialog.visible
        // The selection first, then the detail panel (the board takes the room back).
        onActivated: {
            if (root.checkedIds.length > 0)
                root.checkedIds = [];
            else
                root.selectedTicketId = "";
        }
    }

    StatusDialog {
        id: moveDialog
        property string ticketId
        property int column: -1
        property int lane: -1
        onChosen: (code, note, duplicateOf, forwardedTo) => {
            if (root.doMove(moveDialog.ticketId, moveDialog.column, { "text": note, "duplicateOf": duplicateOf, "forwardedTo": forwardedTo }, moveDialog.lane))
                moveDialog.close();
            else
                moveDialog.error = root.lastRefusal;
        }
    }

    KanbanColumnsDialog {
        id: columnsDialog
        board: kanban
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        FilterPanel {
            id: filterPanel
            SplitView.preferredWidth: 250
            SplitView.minimumWidth: 200
            onFilterEdited: filter => {
                root.panelFilter = filter;
                kanban.filter = root.effectiveFilter(filter);
            }
            onNotice: message => root.notice(message)
        }

        Rectangle {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 420
            color: Theme.background

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: Theme.margin
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("%Ln signalement(s) au tableau", "", kanban.total)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Colonnes")
                        color: Theme.textMuted
                    }
                    ComboBox {
                        id: groupBox
                        objectName: "groupBox"
                        Layout.preferredWidth: 130
                        textRole: "label"
                        valueRole: "key"
                        model: [
                            { "key": "status", "label": qsTr("Par statut") },
                            { "key": "team", "label": qsTr("Par équipe") }
                        ]
                        Accessible.name: qsTr("Colonnes du tableau")
                        onActivated: kanban.groupBy = groupBox.currentValue
                    }
                    Label {
                        text: qsTr("Couloirs")
                        color: Theme.textMuted
                    }
                    ComboBox {
                        id: laneBox
                        objectName: "laneBox"
                        Layout.preferredWidth: 150
                        textRole: "label"
                        valueRole: "key"
                        model: [
                            { "key": "", "label": qsTr("Aucun") },
                            { "key": "service", "label": qsTr("Par service") },
                            { "key": "priority", "label": qsTr("Par priorité") }
                        ]
                        Accessible.name: qsTr("Couloirs du tableau")
                        onActivated: kanban.laneBy = laneBox.currentValue
                    }
                    Button {
                        text: qsTr("Personnaliser…")
                        visible: kanban.groupBy === "status"
                        onClicked: columnsDialog.open()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Choisir les statuts affichés et leur ordre")
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
                    objectName: "refusalBanner"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    visible: root.lastRefusal.length > 0
                    implicitHeight: refusalLabel.implicitHeight + 12
                    radius: Theme.radius
                    color: "#fdecea"
                    border.color: Theme.danger
                    Label {
                        id: refusalLabel
                        anchors.fill: parent
                        anchors.margins: 6
                        text: qsTr("Déplacement refusé : %1").arg(root.lastRefusal)
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacing
                    Layout.leftMargin: Theme.margin
                    text: qsTr("Glissez une carte vers une autre colonne, ou Ctrl+← / Ctrl+→ sur la carte choisie ; Ctrl+clic pour en sélectionner plusieurs ; Échap ferme la fiche.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }

                Flickable {
                    id: boardFlick
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    contentWidth: boardColumn.width + 2 * Theme.margin
                    contentHeight: boardColumn.height
                    boundsBehavior: Flickable.StopAtBounds
                    interactive: root.dragTicketId.length === 0
                    ScrollBar.horizontal: ScrollBar {
                        policy: boardFlick.contentWidth > boardFlick.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
                    }
                    ScrollBar.vertical: ScrollBar {}

                    Column {
                        id: boardColumn
                        x: Theme.margin
                        spacing: Theme.spacing

                        Row {
                            spacing: Theme.spacing
                            Repeater {
                                model: kanban.columns
                                delegate: Rectangle {
                                    id: columnHeader
                                    required property var modelData
                                    required property int index
                                    width: root.columnWidth
                                    height: 34
                                    radius: Theme.radius
                                    color: Theme.primary
                                    Accessible.role: Accessible.ColumnHeader
                                    readonly property int count: kanban.columnCounts[columnHeader.index] ?? 0
                                    Accessible.name: qsTr("%1, %Ln signalement(s)", "", columnHeader.count).arg(columnHeader.modelData.label)
                                    RowLayout {
                                        anchors.fill: parent
                                        anchors.leftMargin: Theme.spacing
                                        anchors.rightMargin: Theme.spacing
                                        Label {
                                            Layout.fillWidth: true
                                            text: columnHeader.modelData.label.charAt(0).toUpperCase() + columnHeader.modelData.label.slice(1)
                                            color: "white"
                                            font.bold: true
                                            elide: Text.ElideRight
                                        }
                                        Label {
                                            objectName: "columnCount"
                                            text: columnHeader.count.toLocaleString(Qt.locale(), "f", 0)
                                            color: Theme.accent
                                            font.bold: true
                                        }
                                    }
                                }
                            }
                        }

                        Repeater {
                            model: kanban.lanes
                            delegate: Column {
                                id: laneColumn
                                required property var modelData
                                required property int index
                                spacing: 4
                                Rectangle {
                                    visible: kanban.laneBy.length > 0
                                    width: kanban.columns.length * (root.columnWidth + Theme.spacing) - Theme.spacing
                                    height: 26
                                    radius: Theme.radius
                                    color: Theme.selection
                                    Accessible.role: Accessible.RowHeader
                                    Accessible.name: laneLabel.text
                                    Label {
                                        id: laneLabel
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: Theme.spacing
                                        text: qsTr("%1 — %Ln signalement(s)", "", kanban.laneCounts[laneColumn.index] ?? 0).arg(laneColumn.modelData.label)
                                        font.bold: true
                                        color: Theme.text
                                    }
                                }
                                Row {
                                    spacing: Theme.spacing
                                    Repeater {
                                        model: kanban.columns
                                        delegate: KanbanCell {
                                            required property int index
                                            lane: laneColumn.index
                                            column: index
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        TicketDetailPanel {
            id: detailPanel
            // Shown for a chosen card only: the board keeps the width otherwise (Escape closes it).
            visible: root.selectedTicketId.length > 0
            SplitView.preferredWidth: 460
            SplitView.minimumWidth: 360
            ticketId: root.selectedTicketId
            onNotice: message => root.notice(message)
            onOpenConflicts: root.openConflicts()
            onOpenTicket: id => root.selectedTicketId = id
        }
    }

    Rectangle {
        id: dragProxy
        objectName: "dragProxy"
        visible: root.dragTicketId.length > 0
        z: 1000
        width: proxyLabel.implicitWidth + 24
        height: 30
        radius: Theme.radius
        color: Theme.surface
        border.color: root.hoverCheck.allowed ? Theme.success : (root.hoverColumn >= 0 && !root.hoverCheck.same ? Theme.danger : Theme.primary)
        border.width: 2
        opacity: 0.92
        Label {
            id: proxyLabel
            anchors.centerIn: parent
            text: root.hoverColumn >= 0 && !root.hoverCheck.allowed && !root.hoverCheck.same ? qsTr("%1 — impossible ici").arg(root.dragReference) : root.dragReference
            font.bold: true
            color: Theme.text
        }
    }

    component KanbanCell: Rectangle {
        id: cellRect

        required property int lane
        required property int column
        readonly property KanbanCellModel model: kanban.cell(cellRect.lane, cellRect.column)
        readonly property alias list: cellList
        readonly property bool hovered: root.dragTicketId.length > 0 && root.hoverLane === cellRect.lane && root.hoverColumn === cellRect.column

        width: root.columnWidth
        height: kanban.laneBy.length > 0 ? Math.min(Math.max(cellList.contentHeight + 8, 64), 360) : Math.max(boardFlick.height - 48, 120)
        radius: Theme.radius
        color: !cellRect.hovered || root.hoverCheck.same ? "#e9ecf1" : (root.hoverCheck.allowed ? "#e3f2e5" : "#fbe3e1")
        border.color: cellRect.hovered && !root.hoverCheck.same ? (root.hoverCheck.allowed ? Theme.success : Theme.danger) : "transparent"
        border.width: 2
        // A var property hands out copies of its object: read, change, assign back.
        Component.onCompleted: {
            let all = root.cells;
            all[cellRect.lane + ":" + cellRect.column] = cellRect;
            root.cells = all;
        }
        Component.onDestruction: {
            let all = root.cells;
            if (all[cellRect.lane + ":" + cellRect.column] === cellRect) {
                delete all[cellRect.lane + ":" + cellRect.column];
                root.cells = all;
            }
        }

        ListView {
            id: cellList
            anchors.fill: parent
            anchors.margins: 4
            clip: true
            spacing: 4
            model: cellRect.model
            currentIndex: -1
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            reuseItems: true
            cacheBuffer: 400
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            interactive: root.dragTicketId.length === 0
            Accessible.role: Accessible.List
            Accessible.name: (kanban.columns[cellRect.column]?.label ?? "") + (kanban.laneBy.length > 0 ? " — " + (kanban.lanes[cellRect.lane]?.label ?? "") : "")
            ScrollBar.vertical: ScrollBar {}
            onCurrentIndexChanged: {
                if (cellList.activeFocus && cellList.currentIndex >= 0)
                    root.selectedTicketId = cellRect.model.ticketId(cellList.currentIndex);
            }
            onActiveFocusChanged: {
                if (cellList.activeFocus && cellList.currentIndex < 0 && cellList.count > 0)
                    cellList.currentIndex = 0;
            }
            Keys.onPressed: event => {
                const ctrl = event.modifiers & Qt.ControlModifier;
                if ((event.key === Qt.Key_Left || event.key === Qt.Key_Right) && !ctrl) {
                    // Plain arrows: the next column's cards.
                    const next = root.cell(cellRect.lane, cellRect.column + (event.key === Qt.Key_Right ? 1 : -1));
                    if (next && next.list.count > 0)
                        root.selectCard(next, Math.min(Math.max(cellList.currentIndex, 0), next.list.count - 1));
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    detailPanel.forceActiveFocus();
                    event.accepted = true;
                }
            }
            delegate: KanbanCardDelegate {
                width: cellList.width - 8
                selected: ticketId === root.selectedTicketId
                marked: root.checkedIds.indexOf(ticketId) >= 0
                onActivated: (card, modifiers) => {
                    if (modifiers & Qt.ControlModifier)
                        root.toggleChecked(card.ticketId);
                    root.selectCard(cellRect, card.index);
                }
                onDragStarted: (card, at) => root.startDrag(card, at)
                onDragMoved: at => root.dragTo(at)
                onDragEnded: at => root.endDrag(at)
            }
            Label {
                anchors.centerIn: parent
                visible: cellList.count === 0
                text: "—"
                color: Theme.textMuted
            }
        }
    }
}

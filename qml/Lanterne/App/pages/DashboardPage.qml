// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCharts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.Map
import Lanterne.App

/**
 * The supervisors' dashboard: key figures of a period against the previous one, tickets received,
 * the backlog, times to acknowledge and resolve, the teams' load and where tickets come from (a
 * heat map). Filters: period, commune, service, category, district. A click on a figure, a bar or
 * a point opens the Inbox on the tickets behind it. Exports: the PDF report, the figures and the
 * tickets as CSV.
 */
Item {
    id: root

    /** Figures are computed only while the page is shown. */
    property bool active: true
    readonly property alias dashboard: dash
    readonly property alias exportDialog: fileDialog
    /** Charts drawn with the figures of the last update (for --screenshot and tests). */
    property int drawnUpdates: 0

    /** Asks the Inbox to show these tickets. */
    signal openTickets(var filter, string description)
    signal notice(string message)

    DashboardModel {
        id: dash
        active: root.active
        onUpdated: root.redraw()
    }

    MapTicketsModel {
        id: mapTickets
        objectName: "mapTickets"
        /** The heat map fits the period's tickets once they are read after a filter change. */
        property bool refit: true
        active: root.active && dash.active
        filter: dash.mapFilter
        onFilterChanged: mapTickets.refit = true
        onMarkersChanged: {
            if (mapTickets.refit && mapTickets.count > 0) {
                mapTickets.refit = false;
                heatMap.fitToMarkers();
            }
        }
    }

    readonly property var periodChoices: [
        { "code": "7d", "label": qsTr("7 derniers jours") },
        { "code": "30d", "label": qsTr("30 derniers jours") },
        { "code": "90d", "label": qsTr("90 derniers jours") },
        { "code": "365d", "label": qsTr("12 derniers mois") },
        { "code": "month", "label": qsTr("Ce mois-ci") },
        { "code": "quarter", "label": qsTr("Ce trimestre") },
        { "code": "year", "label": qsTr("Cette année") },
        { "code": "lastMonth", "label": qsTr("Le mois dernier") },
        { "code": "lastYear", "label": qsTr("L'année dernière") },
        { "code": "custom", "label": qsTr("Dates choisies") }
    ]

    function toFrench(iso: string): string {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
    }
    /** "jj/mm/aaaa" to ISO, "" when invalid. */
    function toIso(text: string): string {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
        if (!m)
            return "";
        const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
        if (d.getDate() !== Number(m[1]) || d.getMonth() !== Number(m[2]) - 1)
            return "";
        return m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2);
    }

    function withAll(list: var, label: string, nameRole: string): var {
        let out = [{ "code": "", "label": label }];
        for (const item of list)
            out.push({ "code": item.code, "label": item[nameRole] });
        return out;
    }

    function applyCustomDates() {
        const from = root.toIso(fromField.text);
        const to = root.toIso(toField.text);
        if (from === "" || to === "") {
            root.notice(qsTr("Dates invalides : jj/mm/aaaa"));
            return;
        }
        dash.setFilters({ "from": from, "to": to });
    }

    function open(filter: var, description: string) {
        root.openTickets(filter, description);
    }

    function exportAs(kind: string) {
        fileDialog.kind = kind;
        const extension = kind === "pdf" ? "pdf" : "csv";
        fileDialog.nameFilters = kind === "pdf" ? [qsTr("Documents PDF (*.pdf)")] : [qsTr("Fichiers CSV (*.csv)")];
        fileDialog.defaultSuffix = extension;
        fileDialog.selectedFile = dash.suggestedFile(kind === "pdf" ? "rapport" : kind, extension);
        fileDialog.open();
    }

    /** Written off the GUI thread; the tool bar shows it meanwhile, the status bar says how it went. */
    function writeExport(kind: string, file: url) {
        dash.startExport(kind, file);
    }
    Connections {
        target: dash
        function onExported(error: string, path: string) {
            root.notice(error.length > 0 ? error : qsTr("Enregistré : %1").arg(path));
        }
    }

    /** Rebuilds the charts' series from the model's figures. */
    function redraw() {
        // Volumes: one stacked set per key, the previous period's totals as a line.
        const v = dash.volume;
        volumeSeries.clear();
        volumeAxisX.categories = v.labels || [];
        for (const s of (v.series || [])) {
            const set = volumeSeries.append(s.label, s.values);
            set.color = s.colour;
            set.borderColor = s.colour;
        }
        previousVolume.clear();
        const previous = v.previousTotals || [];
        for (let i = 0; i < previous.length; ++i)
            if (previous[i] !== undefined && previous[i] !== null)
                previousVolume.append(i, previous[i]);
        volumeAxisY.max = Math.max(4, Math.ceil((v.max || 0) * 1.05));
        volumeAxisY.applyNiceNumbers();

        // Backlog, and the previous period's.
        const b = dash.backlog;
        backlogSeries.clear();
        previousBacklog.clear();
        const open = b.open || [];
        for (let i = 0; i < open.length; ++i)
            backlogSeries.append(i, open[i]);
        const before = b.previousOpen || [];
        for (let i = 0; i < before.length; ++i)
            previousBacklog.append(i, before[i]);
        backlogAxisX.max = Math.max(1, (b.labels || []).length - 1);
        backlogAxisY.max = Math.max(4, Math.ceil((b.max || 0) * 1.05));
        backlogAxisY.applyNiceNumbers();
        backlogAxisX.labelsText = b.labels || [];

        // Times: median and 9 in 10, in days, of the keys with the most resolved tickets.
        timesSeries.clear();
        const rows = dash.times.filter(r => r.medianResolve !== undefined && r.medianResolve !== null).slice(0, 10).reverse();
        timesAxisY.categories = rows.map(r => r.label);
        const median = timesSeries.append(qsTr("Résolution, médiane (jours)"), rows.map(r => r.medianResolve / 24));
        median.color = Theme.primaryLight;
        const p90 = timesSeries.append(qsTr("Résolution, 9 sur 10 (jours)"), rows.map(r => r.p90Resolve / 24));
        p90.color = "#9fb8d8";
        let maxDays = 1;
        for (const r of rows)
            maxDays = Math.max(maxDays, r.p90Resolve / 24);
        timesAxisX.max = Math.ceil(maxDays * 1.05);
        timesAxisX.applyNiceNumbers();
        root.timesKeys = rows.map(r => r.key);

        // Teams: late and on time, the busiest first.
        teamSeries.clear();
        const teams = dash.teams.filter(t => t.open > 0).slice(0, 10).reverse();
        teamAxisY.categories = teams.map(t => t.label);
        const late = teamSeries.append(qsTr("En retard"), teams.map(t => t.overdue));
        late.color = Theme.danger;
        const onTime = teamSeries.append(qsTr("Dans les délais"), teams.map(t => t.open - t.overdue));
        onTime.color = Theme.openColour;
        let maxOpen = 1;
        for (const t of teams)
            maxOpen = Math.max(maxOpen, t.open);
        teamAxisX.max = Math.ceil(maxOpen * 1.05);
        teamAxisX.applyNiceNumbers();
        root.teamKeys = teams.map(t => t.key);
        root.drawnUpdates += 1;
    }

    property var timesKeys: []
    property var teamKeys: []

    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.visible && root.active && !dash.exporting
        onActivated: root.exportAs("pdf")
    }
    Shortcut {
        sequence: "F5"
        enabled: root.visible && root.active
        onActivated: dash.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Filters.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: filterRow.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.color: Theme.border
            // The figures are being computed again: shown when it takes more than a moment.
            ProgressBar {
                objectName: "busyBar"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 3
                indeterminate: true
                visible: busyDelay.shown && dash.busy
                Accessible.name: qsTr("Calcul des chiffres en cours")
                Timer {
                    id: busyDelay
                    property bool shown: false
                    interval: 300
                    running: dash.busy
                    onTriggered: busyDelay.shown = true
                    onRunningChanged: {
                        if (!running)
                            busyDelay.shown = false;
                    }
                }
            }
            RowLayout {
                id: filterRow
                anchors.fill: parent
                anchors.margins: Theme.spacing
                anchors.leftMargin: Theme.margin
                spacing: Theme.spacing
                ComboBox {
                    id: periodBox
                    objectName: "periodBox"
                    Layout.preferredWidth: 190
                    model: root.periodChoices
                    textRole: "label"
                    valueRole: "code"
                    currentIndex: Math.max(0, root.periodChoices.findIndex(c => c.code === dash.period))
                    Accessible.name: qsTr("Période")
                    onActivated: {
                        if (periodBox.currentValue !== "custom")
                            dash.setPeriod(periodBox.currentValue);
                    }
                }
                TextField {
                    id: fromField
                    objectName: "fromField"
                    Layout.preferredWidth: 110
                    text: root.toFrench(dash.from)
                    placeholderText: qsTr("du jj/mm/aaaa")
                    Accessible.name: qsTr("Du")
                    onAccepted: root.applyCustomDates()
                }
                TextField {
                    id: toField
                    objectName: "toField"
                    Layout.preferredWidth: 110
                    text: root.toFrench(dash.to)
                    placeholderText: qsTr("au jj/mm/aaaa")
                    Accessible.name: qsTr("Au")
                    onAccepted: root.applyCustomDates()
                }
                ComboBox {
                    id: municipalityBox
                    objectName: "municipalityBox"
                    visible: Session.municipalities.length > 1
                    Layout.preferredWidth: 170
                    model: root.withAll(Session.municipalities, qsTr("Toutes les communes"), "name")
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("Commune")
                    onActivated: dash.municipality = municipalityBox.currentValue
                }
                ComboBox {
                    id: serviceBox
                    objectName: "serviceBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 240
                    model: root.withAll(Session.services, qsTr("Tous les services"), "name")
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("Service")
                    onActivated: dash.service = serviceBox.currentValue
                }
                ComboBox {
                    id: categoryBox
                    objectName: "categoryBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 240
                    model: root.withAll(Session.categories, qsTr("Toutes les catégories"), "label")
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("Catégorie")
                    onActivated: dash.category = categoryBox.currentValue
                }
                ComboBox {
                    id: districtBox
                    objectName: "districtBox"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 220
                    model: root.withAll(Session.districts, qsTr("Tous les quartiers"), "name")
                    textRole: "label"
                    valueRole: "code"
                    Accessible.name: qsTr("Quartier")
                    onActivated: dash.district = districtBox.currentValue
                }
                Item {
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    visible: dash.exporting
                    running: dash.exporting
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                    Accessible.name: qsTr("Export en cours")
                }
                Button {
                    id: exportButton
                    objectName: "exportButton"
                    enabled: !dash.exporting
                    text: dash.exporting ? qsTr("Export en cours…") : qsTr("Exporter…")
                    Accessible.name: qsTr("Exporter le rapport ou les données")
                    onClicked: exportMenu.popup(exportButton, 0, exportButton.height)
                    Menu {
                        id: exportMenu
                        MenuItem {
                            text: qsTr("Rapport PDF pour les élus (Ctrl+P)")
                            onTriggered: root.exportAs("pdf")
                        }
                        MenuItem {
                            text: qsTr("Chiffres (CSV)")
                            onTriggered: root.exportAs("chiffres")
                        }
                        MenuItem {
                            text: qsTr("Signalements de la période (CSV)")
                            onTriggered: root.exportAs("signalements")
                        }
                    }
                }
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.margin

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.margin
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Label {
                        text: dash.place
                        font.pixelSize: Theme.fontLarge + 4
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "periodLabel"
                        Layout.fillWidth: true
                        text: dash.periodText
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                Label {
                    objectName: "errorLabel"
                    visible: dash.error.length > 0
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    text: dash.error
                    color: Theme.danger
                    wrapMode: Text.Wrap
                }

                // Key figures.
                Flow {
                    id: kpiFlow
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    spacing: Theme.spacing
                    Repeater {
                        model: dash.kpis
                        delegate: Rectangle {
                            id: tile
                            required property var modelData
                            objectName: "kpi_" + tile.modelData.key
                            width: Math.max(150, (kpiFlow.width - 8 * Theme.spacing) / 9)
                            height: 92
                            radius: Theme.radius
                            color: tileArea.containsMouse ? Theme.hover : Theme.surface
                            border.color: tile.activeFocus ? Theme.primaryLight : Theme.border
                            activeFocusOnTab: true
                            Accessible.role: Accessible.Button
                            Accessible.name: qsTr("%1 : %2 (période précédente : %3)").arg(tile.modelData.label).arg(tile.modelData.text).arg(tile.modelData.previousText)
                            Keys.onReturnPressed: root.open(dash.inboxFilterForKpi(tile.modelData.key), tile.modelData.label)
                            Keys.onSpacePressed: root.open(dash.inboxFilterForKpi(tile.modelData.key), tile.modelData.label)
                            ColumnLayout {
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                spacing: 2
                                Label {
                                    Layout.fillWidth: true
                                    text: tile.modelData.label
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: tile.modelData.text
                                    font.pixelSize: 24
                                    font.bold: true
                                    color: Theme.text
                                }
                                RowLayout {
                                    spacing: 4
                                    Label {
                                        visible: tile.modelData.change.length > 0
                                        text: tile.modelData.change
                                        font.pixelSize: Theme.fontSmall
                                        font.bold: true
                                        color: tile.modelData.good === true ? Theme.success : tile.modelData.good === false ? Theme.danger : Theme.textMuted
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: tile.modelData.key === "overdue" ? tile.modelData.previousText : qsTr("avant : %1").arg(tile.modelData.previousText)
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.textMuted
                                        elide: Text.ElideRight
                                    }
                                }
                            }
                            MouseArea {
                                id: tileArea
                                anchors.fill: parent
                                hoverEnabled: true
                                cursorShape: Qt.PointingHandCursor
                                onClicked: root.open(dash.inboxFilterForKpi(tile.modelData.key), tile.modelData.label)
                            }
                            ToolTip.visible: tileArea.containsMouse
                            ToolTip.delay: 600
                            ToolTip.text: qsTr("Voir les signalements")
                        }
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    columns: 2
                    columnSpacing: Theme.margin
                    rowSpacing: Theme.margin

                    // Tickets received.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 360
                        color: Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Signalements reçus")
                                    font.bold: true
                                    color: Theme.text
                                }
                                ComboBox {
                                    id: volumeByBox
                                    objectName: "volumeByBox"
                                    model: [{ "code": "domain", "label": qsTr("par domaine") }, { "code": "category", "label": qsTr("par catégorie") }, { "code": "channel", "label": qsTr("par canal") }, { "code": "district", "label": qsTr("par quartier") }]
                                    textRole: "label"
                                    valueRole: "code"
                                    Accessible.name: qsTr("Répartition des signalements reçus")
                                    onActivated: dash.volumeBy = volumeByBox.currentValue
                                }
                                ComboBox {
                                    id: granularityBox
                                    objectName: "granularityBox"
                                    model: [{ "code": "", "label": qsTr("automatique") }, { "code": "day", "label": qsTr("par jour") }, { "code": "week", "label": qsTr("par semaine") }, { "code": "month", "label": qsTr("par mois") }]
                                    textRole: "label"
                                    valueRole: "code"
                                    Accessible.name: qsTr("Pas de temps")
                                    onActivated: dash.granularity = granularityBox.currentValue
                                }
                            }
                            ChartView {
                                id: volumeChart
                                objectName: "volumeChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                antialiasing: false
                                legend.alignment: Qt.AlignBottom
                                legend.font.pixelSize: Theme.fontSmall
                                margins.top: 0
                                margins.bottom: 0
                                backgroundRoundness: 0
                                Accessible.role: Accessible.Chart
                                Accessible.name: qsTr("Signalements reçus %1, période précédente en pointillés").arg(dash.periodText)
                                StackedBarSeries {
                                    id: volumeSeries
                                    barWidth: 0.8
                                    axisX: BarCategoryAxis {
                                        id: volumeAxisX
                                        labelsFont.pixelSize: 10
                                    }
                                    axisY: ValueAxis {
                                        id: volumeAxisY
                                        min: 0
                                        labelFormat: "%d"
                                        labelsFont.pixelSize: 10
                                    }
                                    onClicked: (index, barset) => {
                                        const series = dash.volume.series || [];
                                        let key = "";
                                        for (const s of series)
                                            if (s.label === barset.label)
                                                key = s.key;
                                        root.open(dash.inboxFilterForVolume(index, key), qsTr("%1, %2").arg(barset.label).arg(volumeAxisX.categories[index]));
                                    }
                                }
                                LineSeries {
                                    id: previousVolume
                                    name: qsTr("Période précédente")
                                    color: Theme.textMuted
                                    width: 2
                                    style: Qt.DashLine
                                    axisX: ValueAxis {
                                        visible: false
                                        min: -0.5
                                        max: Math.max(0.5, volumeAxisX.count - 0.5)
                                    }
                                    axisY: volumeAxisY
                                }
                            }
                        }
                    }

                    // Backlog.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 360
                        color: Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            Label {
                                Layout.fillWidth: true
                                Layout.preferredHeight: volumeByBox.height
                                verticalAlignment: Text.AlignVCenter
                                text: qsTr("Signalements en cours (stock)")
                                font.bold: true
                                color: Theme.text
                            }
                            ChartView {
                                id: backlogChart
                                objectName: "backlogChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                antialiasing: false
                                legend.alignment: Qt.AlignBottom
                                legend.font.pixelSize: Theme.fontSmall
                                margins.top: 0
                                margins.bottom: 0
                                backgroundRoundness: 0
                                Accessible.role: Accessible.Chart
                                Accessible.name: qsTr("Signalements en cours à la fin de chaque %1").arg(dash.effectiveGranularity === "day" ? qsTr("jour") : dash.effectiveGranularity === "week" ? qsTr("semaine") : qsTr("mois"))
                                ValueAxis {
                                    id: backlogAxisX
                                    property var labelsText: []
                                    min: 0
                                    max: 1
                                    labelFormat: "%d"
                                    visible: false
                                }
                                ValueAxis {
                                    id: backlogAxisY
                                    min: 0
                                    labelFormat: "%d"
                                    labelsFont.pixelSize: 10
                                }
                                LineSeries {
                                    id: backlogSeries
                                    name: qsTr("En cours")
                                    color: Theme.primaryLight
                                    width: 2.5
                                    pointsVisible: count < 60
                                    axisX: backlogAxisX
                                    axisY: backlogAxisY
                                    onClicked: point => {
                                        const i = Math.max(0, Math.min(backlogSeries.count - 1, Math.round(point.x)));
                                        root.open(dash.inboxFilterForBacklog(i), qsTr("En cours fin %1").arg(backlogAxisX.labelsText[i] ?? ""));
                                    }
                                }
                                LineSeries {
                                    id: previousBacklog
                                    name: qsTr("Période précédente")
                                    color: Theme.textMuted
                                    width: 2
                                    style: Qt.DashLine
                                    axisX: backlogAxisX
                                    axisY: backlogAxisY
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: (backlogAxisX.labelsText.length > 0) ? qsTr("du %1 au %2").arg(backlogAxisX.labelsText[0]).arg(backlogAxisX.labelsText[backlogAxisX.labelsText.length - 1]) : ""
                                horizontalAlignment: Text.AlignHCenter
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }

                    // Times.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 400
                        color: Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("Délais de résolution")
                                    font.bold: true
                                    color: Theme.text
                                }
                                ComboBox {
                                    id: timesByBox
                                    objectName: "timesByBox"
                                    model: [{ "code": "category", "label": qsTr("par catégorie") }, { "code": "service", "label": qsTr("par service") }, { "code": "team", "label": qsTr("par équipe") }]
                                    textRole: "label"
                                    valueRole: "code"
                                    Accessible.name: qsTr("Délais par")
                                    onActivated: dash.timesBy = timesByBox.currentValue
                                }
                            }
                            ChartView {
                                id: timesChart
                                objectName: "timesChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                antialiasing: false
                                legend.font.pixelSize: Theme.fontSmall
                                margins.top: 0
                                margins.bottom: 0
                                backgroundRoundness: 0
                                Accessible.role: Accessible.Chart
                                Accessible.name: qsTr("Délais de résolution, médiane et 9 sur 10, en jours")
                                legend.alignment: Qt.AlignTop
                                HorizontalBarSeries {
                                    id: timesSeries
                                    barWidth: 0.8
                                    axisY: BarCategoryAxis {
                                        id: timesAxisY
                                        labelsFont.pixelSize: 10
                                    }
                                    axisX: ValueAxis {
                                        id: timesAxisX
                                        min: 0
                                        labelFormat: "%.0f"
                                        labelsFont.pixelSize: 10
                                    }
                                    onClicked: (index, barset) => root.open(dash.inboxFilterForTimes(root.timesKeys[index]), qsTr("Résolus : %1").arg(timesAxisY.categories[index]))
                                }
                            }
                        }
                    }

                    // Teams.
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 400
                        color: Theme.surface
                        border.color: Theme.border
                        radius: Theme.radius
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            Label {
                                Layout.fillWidth: true
                                Layout.preferredHeight: timesByBox.height
                                verticalAlignment: Text.AlignVCenter
                                text: qsTr("Charge des équipes aujourd'hui")
                                font.bold: true
                                color: Theme.text
                            }
                            ChartView {
                                id: teamChart
                                objectName: "teamChart"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                antialiasing: false
                                legend.font.pixelSize: Theme.fontSmall
                                margins.top: 0
                                margins.bottom: 0
                                backgroundRoundness: 0
                                Accessible.role: Accessible.Chart
                                Accessible.name: qsTr("Signalements en cours par équipe, en retard et dans les délais")
                                legend.alignment: Qt.AlignTop
                                HorizontalStackedBarSeries {
                                    id: teamSeries
                                    barWidth: 0.8
                                    axisY: BarCategoryAxis {
                                        id: teamAxisY
                                        labelsFont.pixelSize: 10
                                    }
                                    axisX: ValueAxis {
                                        id: teamAxisX
                                        min: 0
                                        labelFormat: "%d"
                                        labelsFont.pixelSize: 10
                                    }
                                    onClicked: (index, barset) => root.open(dash.inboxFilterForTeam(root.teamKeys[index], barset.label === qsTr("En retard")), qsTr("%1 : %2").arg(teamAxisY.categories[index]).arg(barset.label))
                                }
                            }
                        }
                    }
                }

                // The table of times.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    implicitHeight: timesTable.implicitHeight + 2 * Theme.spacing
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    ColumnLayout {
                        id: timesTable
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacing
                        spacing: 0
                        readonly property var headers: [qsTr("Reçus"), qsTr("Résolus"), qsTr("Prise en compte (méd.)"), qsTr("Résolution (méd.)"), qsTr("Résolution (9 sur 10)"), qsTr("Dans les délais")]
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: timesByBox.currentText.length > 0 ? qsTr("Détail %1").arg(timesByBox.currentText) : ""
                                font.bold: true
                                color: Theme.text
                            }
                            Repeater {
                                model: timesTable.headers
                                delegate: Label {
                                    required property string modelData
                                    Layout.preferredWidth: 150
                                    horizontalAlignment: Text.AlignRight
                                    text: modelData
                                    color: Theme.textMuted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                        Repeater {
                            model: dash.times
                            delegate: Rectangle {
                                id: timeRow
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                implicitHeight: 26
                                color: rowArea.containsMouse ? Theme.hover : (timeRow.index % 2 ? Theme.background : Theme.surface)
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("%1 : %2 reçus, %3 résolus, résolution médiane %4").arg(timeRow.modelData.label).arg(timeRow.modelData.created).arg(timeRow.modelData.resolved).arg(timeRow.modelData.medianResolveText)
                                RowLayout {
                                    anchors.fill: parent
                                    Label {
                                        Layout.fillWidth: true
                                        text: timeRow.modelData.label
                                        elide: Text.ElideRight
                                        color: Theme.text
                                    }
                                    Repeater {
                                        model: [Number(timeRow.modelData.created).toLocaleString(Qt.locale(), "f", 0), Number(timeRow.modelData.resolved).toLocaleString(Qt.locale(), "f", 0), timeRow.modelData.medianAckText, timeRow.modelData.medianResolveText, timeRow.modelData.p90ResolveText, timeRow.modelData.inTimeText]
                                        delegate: Label {
                                            required property string modelData
                                            Layout.preferredWidth: 150
                                            horizontalAlignment: Text.AlignRight
                                            text: modelData
                                            color: Theme.text
                                        }
                                    }
                                }
                                MouseArea {
                                    id: rowArea
                                    anchors.fill: parent
                                    hoverEnabled: true
                                    cursorShape: Qt.PointingHandCursor
                                    onClicked: root.open(dash.inboxFilterForTimes(timeRow.modelData.key), qsTr("Résolus : %1").arg(timeRow.modelData.label))
                                }
                            }
                        }
                    }
                }

                // Where: the heat map of the tickets received in the period.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.bottomMargin: Theme.margin
                    Layout.preferredHeight: 420
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        Label {
                            text: qsTr("Où : densité des signalements reçus")
                            font.bold: true
                            color: Theme.text
                        }
                        MapView {
                            id: heatMap
                            objectName: "heatMap"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            source: mapTickets
                            tileSource: Session.mapTiles
                            heatMap: true
                            showDistricts: true
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("Carte de densité des signalements reçus")
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        property string kind: "pdf"
        fileMode: FileDialog.SaveFile
        title: fileDialog.kind === "pdf" ? qsTr("Enregistrer le rapport PDF") : qsTr("Enregistrer le CSV")
        onAccepted: root.writeExport(fileDialog.kind, fileDialog.selectedFile)
    }
}

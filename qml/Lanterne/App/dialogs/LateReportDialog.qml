// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/** What is late, by service: overdue (of which more than a week), due soon, paused, the longest late. */
Dialog {
    id: root

    /** The Inbox's filter the report is made under (period, category, district...). */
    property var filter: ({})
    property var rows: []

    /** A row was chosen: show its late tickets ("*": every service). */
    signal showLate(string service)

    function refresh() {
        let f = Object.assign({}, root.filter);
        delete f.overdue;
        delete f.due_soon;
        delete f.status_class;
        delete f.statuses;
        delete f.service;
        root.rows = Session.lateReport(f);
    }

    title: qsTr("Retards par service")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 860
    standardButtons: Dialog.Close
    onOpened: {
        root.refresh();
        table.currentIndex = 0;
        table.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("Signalements ouverts dont l'échéance est passée (les délais suspendus à part), sous les filtres de la liste. Entrée ou double-clic : voir les signalements en retard du service.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: [qsTr("Service"), qsTr("Ouverts"), qsTr("En retard"), qsTr("dont + 7 j"), qsTr("Échéance proche"), qsTr("Suspendus"), qsTr("Plus ancien retard")]
                delegate: Label {
                    required property string modelData
                    required property int index
                    Layout.preferredWidth: index === 0 ? 240 : (index === 6 ? 190 : 80)
                    horizontalAlignment: index === 0 || index === 6 ? Text.AlignLeft : Text.AlignRight
                    rightPadding: 8
                    text: modelData
                    font.bold: true
                    color: Theme.textMuted
                    Accessible.role: Accessible.ColumnHeader
                }
            }
        }
        ListView {
            id: table
            objectName: "lateTable"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 420)
            clip: true
            model: root.rows
            keyNavigationEnabled: true
            Accessible.role: Accessible.Table
            Accessible.name: root.title
            Keys.onReturnPressed: root.showLate(root.rows[table.currentIndex].service)
            Keys.onEnterPressed: root.showLate(root.rows[table.currentIndex].service)
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: table.width
                highlighted: table.currentIndex === row.index
                onClicked: table.currentIndex = row.index
                onDoubleClicked: root.showLate(row.modelData.service)
                Accessible.name: qsTr("%1 : %2 en retard, %3 échéance proche").arg(row.modelData.serviceName).arg(row.modelData.overdue).arg(row.modelData.dueSoon)
                contentItem: RowLayout {
                    spacing: 0
                    Label {
                        Layout.preferredWidth: 240
                        text: row.modelData.serviceName
                        font.bold: row.modelData.service === "*"
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: [row.modelData.open, row.modelData.overdue, row.modelData.overdueWeek, row.modelData.dueSoon, row.modelData.paused]
                        delegate: Label {
                            required property int modelData
                            required property int index
                            Layout.preferredWidth: 80
                            horizontalAlignment: Text.AlignRight
                            rightPadding: 8
                            text: modelData.toLocaleString(Qt.locale(), "f", 0)
                            font.bold: row.modelData.service === "*" || (index === 1 && modelData > 0)
                            color: index === 1 && modelData > 0 ? Theme.danger : index === 3 && modelData > 0 ? Theme.warning : Theme.text
                        }
                    }
                    Label {
                        Layout.preferredWidth: 190
                        text: row.modelData.oldestReference.length > 0 ? row.modelData.oldestReference + " · " + row.modelData.oldestText : "—"
                        elide: Text.ElideRight
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}

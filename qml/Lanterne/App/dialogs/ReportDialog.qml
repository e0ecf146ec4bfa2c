// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/**
 * What the team did at one stop, in full: the result (F, N, I), the real time of the action, the
 * time spent, the materials, a note, the reason when it was impossible, an "after" photo. Enter
 * records it, Escape leaves it as it was.
 */
Dialog {
    id: root

    /** The stop: its model row's values. */
    property int row: -1
    property string reference
    property string address
    property string outcome: "done"
    property string error
    property var model: null

    readonly property bool timeOk: /^([01]?\d|2[0-3]):[0-5]\d$/.test(timeField.text.trim())
    readonly property bool minutesOk: minutesField.text.trim().length === 0 || (/^\d+$/.test(minutesField.text.trim()) && +minutesField.text.trim() <= 1440)
    readonly property bool complete: root.timeOk && root.minutesOk && (root.outcome !== "impossible" || reasonField.text.trim().length > 0)

    signal recorded(int row)

    /** Opens the dialog on @p row with @p values (the model's roles), the result chosen, a field to focus. */
    function edit(row: int, values: var, result: string, focusOn: string) {
        root.row = row;
        root.reference = values.reference;
        root.address = values.address;
        root.outcome = result;
        root.error = "";
        timeField.text = values.actedTime.length > 0 ? values.actedTime : values.defaultTime;
        minutesField.text = values.minutesSpent > 0 ? String(values.minutesSpent) : "";
        materialsField.text = values.materials;
        noteField.text = values.note;
        reasonField.text = values.reason;
        photoPath.text = "";
        root.open();
        if (focusOn === "reason" || (focusOn === "" && result === "impossible" && root.timeOk))
            reasonField.forceActiveFocus();
        else if (focusOn === "time" || !root.timeOk)
            timeField.forceActiveFocus();
        else
            minutesField.forceActiveFocus();
    }
    function save() {
        if (!root.complete) {
            root.error = !root.timeOk ? qsTr("Indiquez l'heure de l'action (HH:MM).") : !root.minutesOk ? qsTr("Le temps passé est un nombre de minutes (0 à 1440).") : qsTr("Dites pourquoi l'intervention est impossible.");
            return;
        }
        const r = root.model.report(root.row, root.outcome, timeField.text.trim(), {
            "minutes": minutesField.text.trim().length > 0 ? +minutesField.text.trim() : 0,
            "materials": materialsField.text,
            "note": noteField.text,
            "reason": reasonField.text,
            "photo": photoPath.text
        });
        if (!r.ok) {
            root.error = r.message;
            return;
        }
        root.close();
        root.recorded(root.row);
    }

    title: qsTr("%1 — compte rendu").arg(root.reference)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    // Recorded or kept open with what is wrong: no standard OK, which would always close.
    closePolicy: Popup.CloseOnEscape
    footer: DialogButtonBox {
        Button {
            objectName: "reportSave"
            text: qsTr("Enregistrer")
            highlighted: true
            enabled: root.complete
            onClicked: root.save()
        }
        Button {
            text: qsTr("Annuler")
            onClicked: root.close()
        }
    }

    // Keys: Enter records (Ctrl+Enter in the note); Alt+F / N / I choose the result.
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: root.visible && !noteField.activeFocus
        onActivated: root.save()
    }
    Shortcut {
        sequence: "Ctrl+Return"
        enabled: root.visible
        onActivated: root.save()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: root.address
            color: Theme.textMuted
            elide: Text.ElideRight
        }
        RowLayout {
            spacing: Theme.spacing
            Repeater {
                model: [
                    { "code": "done", "label": qsTr("Fait"), "key": "F" },
                    { "code": "not_done", "label": qsTr("Pas fait"), "key": "N" },
                    { "code": "impossible", "label": qsTr("Impossible"), "key": "I" }
                ]
                delegate: Button {
                    id: resultButton
                    required property var modelData
                    text: qsTr("%1 (%2)").arg(resultButton.modelData.label).arg(resultButton.modelData.key)
                    checkable: true
                    checked: root.outcome === resultButton.modelData.code
                    highlighted: checked
                    onClicked: root.outcome = resultButton.modelData.code
                    Accessible.name: resultButton.modelData.label
                    Shortcut {
                        sequence: "Alt+" + resultButton.modelData.key
                        enabled: root.visible
                        onActivated: root.outcome = resultButton.modelData.code
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing
            Label {
                text: qsTr("Heure de l'action")
            }
            TextField {
                id: timeField
                objectName: "reportTime"
                Layout.preferredWidth: 90
                placeholderText: qsTr("HH:MM")
                color: root.timeOk ? Theme.text : Theme.danger
                Accessible.name: qsTr("Heure de l'action")
            }
            Label {
                text: qsTr("Temps passé (min)")
            }
            TextField {
                id: minutesField
                objectName: "reportMinutes"
                Layout.preferredWidth: 90
                inputMethodHints: Qt.ImhDigitsOnly
                color: root.minutesOk ? Theme.text : Theme.danger
                Accessible.name: qsTr("Temps passé en minutes")
            }
            Label {
                visible: root.outcome === "impossible"
                text: qsTr("Motif")
                font.bold: true
            }
            TextField {
                id: reasonField
                objectName: "reportReason"
                visible: root.outcome === "impossible"
                Layout.columnSpan: 3
                Layout.fillWidth: true
                placeholderText: qsTr("Pourquoi l'intervention n'a pas pu se faire (requis)")
                Accessible.name: qsTr("Motif de l'impossibilité")
            }
            Label {
                text: qsTr("Matériel")
            }
            TextField {
                id: materialsField
                objectName: "reportMaterials"
                Layout.columnSpan: 3
                Layout.fillWidth: true
                placeholderText: qsTr("ex. enrobé à froid, 2 sacs")
                Accessible.name: qsTr("Matériel utilisé")
            }
            Label {
                text: qsTr("Note")
                Layout.alignment: Qt.AlignTop
            }
            TextArea {
                id: noteField
                objectName: "reportNote"
                Layout.columnSpan: 3
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Note de l'équipe")
                background: Rectangle {
                    color: Theme.surface
                    border.color: noteField.activeFocus ? Theme.primaryLight : Theme.border
                    border.width: noteField.activeFocus ? 2 : 1
                }
                KeyNavigation.tab: photoButton
            }
            Label {
                text: qsTr("Photo après")
            }
            RowLayout {
                Layout.columnSpan: 3
                Layout.fillWidth: true
                Button {
                    id: photoButton
                    text: qsTr("Choisir un fichier…")
                    onClicked: photoDialog.open()
                }
                Label {
                    id: photoPath
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    color: Theme.textMuted
                    text: ""
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Entrée : enregistrer · Échap : laisser tel quel · Alt+F / Alt+N / Alt+I : résultat")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    FileDialog {
        id: photoDialog
        title: qsTr("Photo après intervention")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: photoPath.text = photoDialog.selectedFile.toString()
    }
}

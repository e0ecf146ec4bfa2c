// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/**
 * What the central database refused: a field someone else changed first (both values side by
 * side, the agent chooses), or an operation it does not allow (the reason, and what to do).
 * Nothing leaves this list until the agent has decided.
 */
Rectangle {
    id: root

    signal openTicket(string ticketId)
    signal notice(string message)

    readonly property alias count: conflicts.count

    color: Theme.background

    /** For tests and the self-test: the first row's actions. */
    function keepFirst(): bool {
        return conflicts.count > 0 && conflicts.keepServer(list.itemAtIndex(0).opId);
    }
    function resendFirst(): bool {
        return conflicts.count > 0 && conflicts.resend(list.itemAtIndex(0).opId);
    }
    function discardFirst(): bool {
        return conflicts.count > 0 && conflicts.discard(list.itemAtIndex(0).opId);
    }

    ConflictsModel {
        id: conflicts
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: conflicts.count > 0 ? qsTr("Conflits et refus (%1)").arg(conflicts.count) : qsTr("Conflits et refus")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("Les modifications que la base centrale n'a pas appliquées. Votre fiche montre déjà la valeur de la base centrale ; choisissez pour chacune de la garder ou de renvoyer la vôtre. Celles d'un autre identifiant attendent qu'il se reconnecte sur ce poste.")
        }
        Label {
            Layout.fillWidth: true
            visible: conflicts.lastError.length > 0
            wrapMode: Text.Wrap
            color: Theme.danger
            text: conflicts.lastError
            Accessible.role: Accessible.AlertMessage
        }

        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: conflicts
            keyNavigationEnabled: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Liste des conflits")
            ScrollBar.vertical: ScrollBar {}

            delegate: Rectangle {
                id: card
                required property int index
                required property string opId
                required property string operation
                required property string ticketId
                required property string reference
                required property string author
                required property string time
                required property bool conflict
                required property string explanation
                required property string detail
                required property var fields
                required property bool canResend
                required property bool held
                required property string login

                width: ListView.view.width - 12
                implicitHeight: cardColumn.implicitHeight + 2 * Theme.margin
                color: Theme.surface
                radius: Theme.radius
                border.color: card.ListView.isCurrentItem && list.activeFocus ? Theme.primaryLight : Theme.border
                border.width: card.ListView.isCurrentItem && list.activeFocus ? 2 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: card.operation + " " + card.reference + " : " + card.explanation

                ColumnLayout {
                    id: cardColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.margin
                    spacing: 6

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Badge {
                            text: card.held ? qsTr("En attente de %1").arg(card.login) : card.conflict ? qsTr("Conflit") : qsTr("Refusé")
                            colour: card.held ? Theme.textMuted : card.conflict ? Theme.warning : Theme.danger
                        }
                        Label {
                            text: card.operation
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            text: card.reference
                            color: Theme.primaryLight
                            font.bold: true
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("par %1, le %2").arg(card.author).arg(card.time)
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: card.explanation
                        color: Theme.text
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        visible: card.fields.length > 0
                        columns: 4
                        columnSpacing: Theme.margin
                        rowSpacing: 4
                        Label {
                            Layout.preferredWidth: 130
                            text: qsTr("Champ")
                            font.bold: true
                            color: Theme.textMuted
                        }
                        Label {
                            text: qsTr("Votre valeur")
                            font.bold: true
                            color: Theme.textMuted
                        }
                        Label {
                            text: qsTr("Sur la base centrale")
                            font.bold: true
                            color: Theme.textMuted
                        }
                        Label {
                            text: qsTr("Quand vous l'avez modifié")
                            font.bold: true
                            color: Theme.textMuted
                        }
                        Repeater {
                            model: card.fields
                            delegate: Label {
                                required property var modelData
                                required property int index
                                Layout.row: index + 1
                                Layout.column: 0
                                Layout.preferredWidth: 130
                                text: modelData.label
                                color: Theme.text
                            }
                        }
                        Repeater {
                            model: card.fields
                            delegate: Label {
                                required property var modelData
                                required property int index
                                Layout.row: index + 1
                                Layout.column: 1
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: modelData.yours
                                font.bold: true
                                color: Theme.info
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                            }
                        }
                        Repeater {
                            model: card.fields
                            delegate: Label {
                                required property var modelData
                                required property int index
                                Layout.row: index + 1
                                Layout.column: 2
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: card.held ? qsTr("pas encore envoyée") : modelData.server.length > 0 ? modelData.server : (modelData.conflicting ? "—" : qsTr("inchangé"))
                                font.bold: modelData.conflicting
                                color: modelData.conflicting ? Theme.warning : Theme.textMuted
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                            }
                        }
                        Repeater {
                            model: card.fields
                            delegate: Label {
                                required property var modelData
                                required property int index
                                Layout.row: index + 1
                                Layout.column: 3
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: modelData.base
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: card.detail.length > 0
                        wrapMode: Text.Wrap
                        maximumLineCount: 4
                        elide: Text.ElideRight
                        text: card.detail
                        color: Theme.text
                        font.italic: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Button {
                            objectName: "discardButton"
                            visible: card.held
                            text: qsTr("Abandonner cette modification")
                            Accessible.name: qsTr("Abandonner la modification de %1 sur %2").arg(card.login).arg(card.reference)
                            onClicked: {
                                if (conflicts.discard(card.opId))
                                    root.notice(qsTr("Modification de %1 abandonnée").arg(card.login))
                            }
                        }
                        Button {
                            objectName: "keepButton"
                            visible: !card.held
                            text: card.conflict ? qsTr("Garder la valeur de la base centrale") : qsTr("J'ai compris")
                            Accessible.name: text
                            onClicked: {
                                if (conflicts.keepServer(card.opId))
                                    root.notice(qsTr("Décision enregistrée pour %1").arg(card.reference));
                            }
                        }
                        Button {
                            objectName: "resendButton"
                            visible: card.canResend && !card.held
                            highlighted: true
                            text: card.conflict ? qsTr("Renvoyer ma valeur") : qsTr("Renvoyer")
                            Accessible.name: text
                            onClicked: {
                                if (conflicts.resend(card.opId))
                                    root.notice(qsTr("Votre modification de %1 est renvoyée à la base centrale").arg(card.reference));
                            }
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "openTicketButton"
                            flat: true
                            visible: card.reference.length > 0
                            text: qsTr("Ouvrir le signalement")
                            Accessible.name: qsTr("Ouvrir le signalement %1").arg(card.reference)
                            onClicked: root.openTicket(card.ticketId)
                        }
                    }
                }
            }

            Label {
                objectName: "emptyLabel"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, 520)
                visible: conflicts.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("Aucun conflit : la base centrale a accepté toutes les modifications de ce poste.")
            }
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models

/** What shows while the store opens or the demo city is built, and when the store cannot open. */
Item {
    id: root

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 640)
        spacing: Theme.margin

        Image {
            source: "qrc:/lanterne/icons/lanterne.svg"
            sourceSize: Qt.size(96, 96)
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: Session.state === Session.Building ? qsTr("Premier lancement : création de la ville de démonstration")
                : Session.state === Session.Error ? qsTr("Le magasin local ne peut pas être ouvert")
                : qsTr("Ouverture du magasin local…")
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: Session.state === Session.Building
            from: 0
            to: 1
            value: Session.progress
            Accessible.name: qsTr("Progression de la création")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: Session.state === Session.Building
            color: Theme.textMuted
            text: qsTr("%1 % — %L2 signalements fictifs à Pantin, une seule fois").arg(Math.round(Session.progress * 100)).arg(Session.demoTickets)
        }
        Label {
            Layout.fillWidth: true
            visible: Session.state === Session.Error
            wrapMode: Text.Wrap
            color: Theme.danger
            text: Session.errorString
        }
        Label {
            Layout.fillWidth: true
            visible: Session.state === Session.Error
            wrapMode: Text.Wrap
            color: Theme.textMuted
            text: qsTr("Rien n'a été modifié. Vérifiez le fichier ou l'espace disque, ou lancez Lanterne avec --db sur un autre magasin.")
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: Session.state === Session.Error
            text: qsTr("Réessayer")
            onClicked: Session.retry()
        }
    }
}

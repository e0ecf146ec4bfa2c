// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanterne.Ui
import Lanterne.Models
import Lanterne.App

/** The Inbox's filters, shared with the map and the kanban; saved filters per user. */
Rectangle {
    id: root

    property bool loading: false
    /** Tickets picked on the map (Shift+drag): the list shows only them, until cleared. */
    property var selectionIds: []
    /**
     * Criteria the panel has no field for, set by a caller (a dashboard chart): the commune, the
     * period of resolution, open on a day. Shown in a line of their own, until cleared.
     */
    property var scope: ({})
    readonly property var scopeKeys: ["municipality", "resolved_from", "resolved_to", "open_at", "forwarded", "duplicate"]

    signal filterEdited(var filter)
    signal notice(string message)

    color: Theme.background

    function focusSearch() {
        searchField.forceActiveFocus();
        searchField.selectAll();
    }

    function openSaveDialog() {
        saveDialog.open();
    }

    function closeDialogs() {
        saveDialog.close();
    }

    /** Shows a filter (from a saved filter or a caller) without emitting it back. */
    function load(filter: var) {
        root.loading = true;
        root.selectionIds = filter.ids || [];
        let scope = {};
        for (const key of root.scopeKeys)
            if (filter[key])
                scope[key] = filter[key];
        root.scope = scope;
        searchField.text = filter.search || "";
        classBox.currentIndex = Math.max(0, classBox.indexOfValue(filter.status_class || ""));
        statusBox.currentIndex = Math.max(0, statusBox.indexOfValue(filter.statuses && filter.statuses.length === 1 ? filter.statuses[0] : ""));
        categoryBox.currentIndex = Math.max(0, categoryBox.indexOfValue(filter.categories && filter.categories.length === 1 ? filter.categories[0] : (filter.domain ? "domain:" + filter.domain : "")));
        districtBox.currentIndex = Math.max(0, districtBox.indexOfValue(filter.district || ""));
        serviceBox.currentIndex = Math.max(0, serviceBox.indexOfValue(filter.service || ""));
        teamBox.currentIndex = Math.max(0, teamBox.indexOfValue(filter.team || ""));
        priorityBox.currentIndex = Math.max(0, priorityBox.indexOfValue(filter.priority || ""));
        channelBox.currentIndex = Math.max(0, channelBox.indexOfValue(filter.channel || ""));
        fromField.text = root.toFrench(filter.from || "");
        toField.text = root.toFrench(filter.to || "");
        overdueBox.checked = !!filter.overdue;
        dueSoonBox.checked = !!filter.due_soon;
        mineBox.checked = !!filter.assignee && filter.assignee === Session.userLogin;
        root.loading = false;
    }

    /** The scope for people: "Pantin · résolus du 01/03/2026 au 31/03/2026". */
    function scopeText(): string {
        let parts = [];
        if (root.scope.municipality)
            parts.push(Session.municipalityNameOf(root.scope.municipality));
        if (root.scope.resolved_from || root.scope.resolved_to)
            parts.push(qsTr("résolus du %1 au %2").arg(root.toFrench(root.scope.resolved_from || "")).arg(root.toFrench(root.scope.resolved_to || "")));
        if (root.scope.open_at)
            parts.push(qsTr("en cours le %1").arg(root.toFrench(root.scope.open_at)));
        if (root.scope.forwarded)
            parts.push(qsTr("transmis à un tiers"));
        if (root.scope.duplicate)
            parts.push(qsTr("doublons"));
        return parts.join(" · ");
    }

    function toFrench(iso: string): string {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
    }

    /** "jj/mm/aaaa" (or "aaaa-mm-jj") to ISO; "" when empty, null when invalid. */
    function toIso(text: string): var {
        const t = text.trim();
        if (t.length === 0)
            return "";
        let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
        if (m) {
            const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
            if (d.getDate() !== Number(m[1]) || d.getMonth() !== Number(m[2]) - 1)
                return null;
            return m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2);
        }
        m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
        return m ? t : null;
    }

    function current(): var {
        let f = {};
        if (searchField.text.trim().length > 0)
            f.search = searchField.text.trim();
        if (classBox.currentValue)
            f.status_class = classBox.currentValue;
        if (statusBox.currentValue)
            f.statuses = [statusBox.currentValue];
        if (categoryBox.currentValue) {
            if (categoryBox.currentValue.startsWith("domain:"))
                f.domain = categoryBox.currentValue.substring(7);
            else
                f.categories = [categoryBox.currentValue];
        }
        if (districtBox.currentValue)
            f.district = districtBox.currentValue;
        if (serviceBox.currentValue)
            f.service = serviceBox.currentValue;
        if (teamBox.currentValue)
            f.team = teamBox.currentValue;
        if (priorityBox.currentValue)
            f.priority = priorityBox.currentValue;
        if (channelBox.currentValue)
            f.channel = channelBox.currentValue;
        const from = root.toIso(fromField.text);
        const to = root.toIso(toField.text);
        if (from)
            f.from = from;
        if (to)
            f.to = to;
        if (overdueBox.checked)
            f.overdue = true;
        if (dueSoonBox.checked)
            f.due_soon = true;
        if (mineBox.checked)
            f.assignee = Session.userLogin;
        if (root.selectionIds.length > 0)
            f.ids = root.selectionIds;
        for (const key of root.scopeKeys)
            if (root.scope[key])
                f[key] = root.scope[key];
        return f;
    }

    function emitFilter() {
        if (!root.loading)
            root.filterEdited(root.current());
    }

    function withAll(list: var, label: string): var {
        return [{ "code": "", "label": label }].concat(list);
    }

    function categoryChoices(): var {
        let out = [{ "code": "", "label": qsTr("Toutes les catégories") }];
        const domains = Session.domains;
        const categories = Session.categories;
        for (let d = 0; d < domains.length; ++d) {
            out.push({ "code": "domain:" + domains[d].code, "label": domains[d].label });
            for (let c = 0; c < categories.length; ++c) {
                if (categories[c].domain === domains[d].code)
                    out.push({ "code": categories[c].code, "label": "    " + categories[c].label });
            }
        }
        return out;
    }

    function mapNames(list: var): var {
        return list.map(x => ({ "code": x.code, "label": x.name }));
    }

    Timer {
        id: searchDelay
        interval: 250
        onTriggered: root.emitFilter()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 4

            Item {
                implicitHeight: Theme.spacing
            }
            Rectangle {
                objectName: "mapSelection"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                visible: root.selectionIds.length > 0
                implicitHeight: selectionRow.implicitHeight + Theme.spacing
                color: Theme.selection
                radius: Theme.radius
                RowLayout {
                    id: selectionRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Sélection sur la carte : %Ln signalement(s)", "", root.selectionIds.length)
                        color: Theme.text
                    }
                    ToolButton {
                        text: "✕"
                        Accessible.name: qsTr("Retirer la sélection de la carte")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: {
                            root.selectionIds = [];
                            root.emitFilter();
                        }
                    }
                }
            }
            TextField {
                id: searchField
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                placeholderText: qsTr("Rechercher (référence, texte, adresse)…")
                selectByMouse: true
                Accessible.name: qsTr("Recherche plein texte")
                onTextEdited: searchDelay.restart()
                onAccepted: {
                    searchDelay.stop();
                    root.emitFilter();
                }
            }
            CheckBox {
                id: mineBox
                objectName: "mineBox"
                Layout.leftMargin: Theme.margin
                text: qsTr("Mes signalements")
                onToggled: root.emitFilter()
            }
            CheckBox {
                id: overdueBox
                objectName: "overdueBox"
                Layout.leftMargin: Theme.margin
                text: qsTr("En retard uniquement")
                onToggled: root.emitFilter()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Échéance passée ; les délais suspendus (attente du demandeur ou d'un tiers) n'en font pas partie")
            }
            CheckBox {
                id: dueSoonBox
                objectName: "dueSoonBox"
                Layout.leftMargin: Theme.margin
                text: qsTr("Échéance dans un jour ouvré")
                onToggled: root.emitFilter()
            }

            SectionHeader {
                text: qsTr("Statut")
                Layout.leftMargin: Theme.margin
            }
            ComboBox {
                id: classBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: [
                    { "code": "", "label": qsTr("Tous") },
                    { "code": "open", "label": qsTr("Ouverts") },
                    { "code": "fixed", "label": qsTr("Résolus") },
                    { "code": "closed", "label": qsTr("Fermés") }
                ]
                Accessible.name: qsTr("Classe de statut")
                onActivated: root.emitFilter()
            }
            ComboBox {
                id: statusBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.withAll(Session.statuses, qsTr("Tous les statuts"))
                Accessible.name: qsTr("Statut")
                onActivated: root.emitFilter()
            }

            SectionHeader {
                text: qsTr("Catégorie et lieu")
                Layout.leftMargin: Theme.margin
            }
            ComboBox {
                id: categoryBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.categoryChoices()
                Accessible.name: qsTr("Catégorie")
                onActivated: root.emitFilter()
            }
            ComboBox {
                id: districtBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.withAll(root.mapNames(Session.districts), qsTr("Tous les quartiers"))
                Accessible.name: qsTr("Quartier")
                onActivated: root.emitFilter()
            }

            SectionHeader {
                text: qsTr("Affectation")
                Layout.leftMargin: Theme.margin
            }
            ComboBox {
                id: serviceBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.withAll([{ "code": "-", "label": qsTr("— sans service —") }].concat(root.mapNames(Session.services)), qsTr("Tous les services"))
                Accessible.name: qsTr("Service")
                onActivated: root.emitFilter()
            }
            ComboBox {
                id: teamBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                enabled: Session.userRole !== "field"
                model: root.withAll([{ "code": "-", "label": qsTr("— sans équipe —") }].concat(root.mapNames(Session.teams)), qsTr("Toutes les équipes"))
                Accessible.name: qsTr("Équipe")
                onActivated: root.emitFilter()
            }
            ComboBox {
                id: priorityBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.withAll(Session.priorities, qsTr("Toutes les priorités"))
                Accessible.name: qsTr("Priorité")
                onActivated: root.emitFilter()
            }
            ComboBox {
                id: channelBox
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                textRole: "label"
                valueRole: "code"
                model: root.withAll(Session.channels, qsTr("Tous les canaux"))
                Accessible.name: qsTr("Canal")
                onActivated: root.emitFilter()
            }

            RowLayout {
                visible: Object.keys(root.scope).length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.spacing
                Label {
                    objectName: "scopeLabel"
                    Layout.fillWidth: true
                    text: root.scopeText()
                    wrapMode: Text.Wrap
                    color: Theme.info
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Retirer : %1").arg(root.scopeText())
                    onClicked: {
                        root.scope = {};
                        root.emitFilter();
                    }
                }
            }

            SectionHeader {
                text: qsTr("Période de création")
                Layout.leftMargin: Theme.margin
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                TextField {
                    id: fromField
                    Layout.fillWidth: true
                    placeholderText: qsTr("du jj/mm/aaaa")
                    Accessible.name: qsTr("Créés à partir du")
                    color: root.toIso(text) === null ? Theme.danger : Theme.text
                    onEditingFinished: root.emitFilter()
                }
                TextField {
                    id: toField
                    Layout.fillWidth: true
                    placeholderText: qsTr("au jj/mm/aaaa")
                    Accessible.name: qsTr("Créés jusqu'au")
                    color: root.toIso(text) === null ? Theme.danger : Theme.text
                    onEditingFinished: root.emitFilter()
                }
            }

            SectionHeader {
                text: qsTr("Filtres enregistrés")
                Layout.leftMargin: Theme.margin
            }
            Repeater {
                model: Session.savedFilters
                delegate: RowLayout {
                    id: savedRow
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.spacing
                    Button {
                        Layout.fillWidth: true
                        flat: true
                        text: savedRow.modelData.name
                        Accessible.name: qsTr("Appliquer le filtre %1").arg(savedRow.modelData.name)
                        onClicked: {
                            root.load(savedRow.modelData.filter);
                            root.emitFilter();
                        }
                    }
                    ToolButton {
                        text: "✕"
                        Accessible.name: qsTr("Supprimer le filtre %1").arg(savedRow.modelData.name)
                        onClicked: Session.deleteFilter(savedRow.modelData.id)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Button {
                    text: qsTr("Enregistrer…")
                    onClicked: saveDialog.open()
                }
                Button {
                    text: qsTr("Effacer")
                    Accessible.name: qsTr("Effacer les filtres")
                    onClicked: {
                        root.load({});
                        root.emitFilter();
                    }
                }
            }
            Item {
                implicitHeight: Theme.margin
            }
        }
    }

    SaveFilterDialog {
        id: saveDialog
        onAccepted: {
            if (Session.saveFilter(saveDialog.filterName, root.current()))
                root.notice(qsTr("Filtre « %1 » enregistré").arg(saveDialog.filterName));
        }
    }
}

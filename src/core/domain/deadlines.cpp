// SPDX-License-Identifier: GPL-3.0-or-later
#include "deadlines.h"

#include "referencedata.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};
} // namespace

std::optional<Deadline> Deadline::parse(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(?:(\\d{1,3})\\s*[jd])?\\s*(?:(\\d{1,4})\\s*h)?\\s*$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Deadline d{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString Deadline::text() const
{
    const QString d = days == 1 ? Tr::tr("1 jour ouvré") : Tr::tr("%1 jours ouvrés").arg(days);
    const QString h = hours == 1 ? Tr::tr("1 heure ouvrée") : Tr::tr("%1 heures ouvrées").arg(hours);
    if (days > 0 && hours > 0)
        return Tr::tr("%1 et %2").arg(d, h);
    return days > 0 ? d : h;
}

bool Deadlines::pauses(Status s)
{
    return s == Status::Waiting || s == Status::Forwarded;
}

Deadline Deadlines::forTicket(const ReferenceData &ref, const QString &category, Priority priority)
{
    const Category *c = ref.category(category);
    if (!c)
        return Deadline{10, 0};
    if (const auto own = c->deadlines.constFind(priority); own != c->deadlines.cend())
        return *own;
    const Deadline base = c->deadline;
    const auto cap = ref.priorityDeadlines().constFind(priority);
    if (cap != ref.priorityDeadlines().cend() &&
        cap->minutes(ref.workingHours()) < base.minutes(ref.workingHours()))
        return *cap;
    return base;
}

QDateTime Deadlines::dueAt(const ReferenceData &ref, const QDateTime &createdAt, const QString &category,
                           Priority priority, qint64 pausedMinutes)
{
    const Deadline d = forTicket(ref, category, priority);
    return WorkingCalendar::addWorkingMinutes(
        createdAt, d.minutes(ref.workingHours()) + std::max<qint64>(0, pausedMinutes), ref.workingHours());
}

QDateTime Deadlines::dueSoonLimit(const QDateTime &now, const WorkingHours &hours)
{
    return WorkingCalendar::addWorkingMinutes(now, hours.minutesPerDay(), hours);
}

DeadlineState Deadlines::state(const QDateTime &due, const QDateTime &now, bool open, bool paused,
                               const QDateTime &dueSoonLimit)
{
    if (!open || !due.isValid())
        return DeadlineState::None;
    if (paused)
        return DeadlineState::Paused;
    if (due < now)
        return DeadlineState::Overdue;
    if (due <= dueSoonLimit)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTime;
}

QString Deadlines::code(DeadlineState s)
{
    switch (s) {
    case DeadlineState::None:
        return u"none"_s;
    case DeadlineState::OnTime:
        return u"on_time"_s;
    case DeadlineState::DueSoon:
        return u"due_soon"_s;
    case DeadlineState::Overdue:
        return u"overdue"_s;
    case DeadlineState::Paused:
        return u"paused"_s;
    }
    return {};
}

} // namespace lanterne

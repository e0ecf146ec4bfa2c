// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lanterne::cli {

CommandLine::Spec CommandLine::globalSpec()
{
    return {{u"db"_s, u"as"_s}, {u"json"_s, u"help"_s, u"version"_s}};
}

bool CommandLine::parse(const QStringList &args, const Spec &spec)
{
    m_words.clear();
    m_options.clear();
    m_error.clear();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (optionsEnded || !a.startsWith(u'-') || a == "-"_L1 ||
            (a.size() > 1 && (a[1].isDigit() || a[1] == u'.'))) {
            m_words.append(a);
            continue;
        }
        if (a == "--"_L1) {
            optionsEnded = true;
            continue;
        }
        QString name = a.startsWith("--"_L1) ? a.mid(2) : a.mid(1);
        if (name == "h"_L1)
            name = u"help"_s;
        if (name == "o"_L1)
            name = u"output"_s;
        QString value;
        bool hasValue = false;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (spec.valued.contains(name)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    m_error = QCoreApplication::translate("CommandLine", "l'option --%1 attend une valeur")
                                  .arg(name);
                    return false;
                }
                value = args[++i];
            }
            m_options.insert(name, value);
        } else if (spec.flags.contains(name)) {
            if (hasValue) {
                m_error = QCoreApplication::translate("CommandLine", "l'option --%1 ne prend pas de valeur")
                              .arg(name);
                return false;
            }
            m_options.insert(name, u"1"_s);
        } else {
            m_error = QCoreApplication::translate("CommandLine", "option inconnue : %1").arg(a);
            return false;
        }
    }
    return true;
}

QStringList CommandLine::unknownAmong(const QSet<QString> &allowed) const
{
    QStringList out;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        if (!allowed.contains(it.key()))
            out.append(u"--"_s + it.key());
    return out;
}

} // namespace lanterne::cli

#pragma once

#include "core/environment.h"
#include "core/settings.h"

#include <QString>

namespace avfall {
class NoteStore;
}

namespace avfall::app {

// Årssammanställning: one company's reported notes of a calendar year (services/reporting.h says
// what counts), kilograms per waste code and per note type and the number of notes, as a PDF to
// keep or show a supervisory authority. The notes are those kept for the company
// (verksamhetsutovare = its organisation number); without a number, all of them.
class YearlySummary
{
public:
    YearlySummary(const NoteStore &store, Environment environment, int year, Company company);

    QString html() const; // what the PDF shows
    bool writePdf(const QString &fileName) const;

private:
    const NoteStore &m_store;
    Environment m_environment;
    int m_year;
    Company m_company;
};

} // namespace avfall::app

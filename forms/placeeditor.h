#pragma once

#include "core/fieldcatalogue.h"
#include "core/notejson.h"
#include "core/valuelists.h"

#include <QHash>

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace avfall {
class MunicipalityModel;
}

namespace avfall::forms {

// One place of a note (the contract's Plats): the user chooses how the place is given – a
// Swedish street address, a SWEREF 99 TM coordinate, a CFAR number (where the register takes one),
// a country abroad or (where the law allows it) the municipality only – and sees only that
// variant's fields. A Swedish place has its municipality, chosen by name with its code shown; a
// postnummer suggests it. A place abroad is its country alone, without a Swedish municipality.
// Reads and writes the FlatValues below its path ("mottagningsplats.adress.postnummer").
class PlaceEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Variant
    {
        Address,
        Coordinate,
        Cfar,
        Abroad,
        MunicipalityOnly
    };
    Q_ENUM(Variant)

    // path: the place field's JSON name ("mottagningsplats"); title: its label, for accessible
    // names ("Mottagningsplats – Postnummer").
    explicit PlaceEditor(const QString &path, const QString &title,
                         const ValueLists &lists = ValueLists::bundled(), QWidget *parent = nullptr);
    // Width of the label column, so that a place lines up with the form around it.
    static constexpr int kLabelWidth = 176;
    ~PlaceEditor() override;

    QString path() const { return m_path; }

    void setValues(const notejson::FlatValues &values); // reads path.*
    void writeValues(notejson::FlatValues &values) const;
    notejson::FlatValues values() const;

    Variant variant() const;
    void setVariant(Variant variant);
    // "Bara kommun" may be chosen only for a place of origin when the previous holder is OKÄND or
    // KOMMUN; otherwise the choice is shown but disabled.
    void setMunicipalityOnlyAllowed(bool allowed);
    bool isMunicipalityOnlyAllowed() const { return m_municipalityOnlyAllowed; }
    // "CFAR-nummer" may be chosen only for a place the register takes a CFAR number for
    // (Field::placeAcceptsCfar); otherwise the choice is shown but disabled. Allowed by default.
    void setCfarAllowed(bool allowed);
    bool isCfarAllowed() const { return m_cfarAllowed; }

    // The four-digit code of the municipality chosen or typed (name, "Name (0180)" or code); empty
    // when the text matches no municipality.
    QString municipalityCode() const;
    void setMunicipalityCode(const QString &code);

    QComboBox *variantCombo() const { return m_variant; }
    QComboBox *municipalityCombo() const { return m_municipality; }
    QLabel *municipalityCodeLabel() const { return m_codeLabel; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    // The country's name beside its code ("Norge"), or why the code is not one.
    QLabel *countryNameLabel() const { return m_countryName; }
    // "Omvandla från GPS …": a WGS 84 position (from a phone or a map) into N and E.
    QPushButton *convertButton() const { return m_convert; }
    // The input of a sub-field: "adress.adressrad", "adress.postnummer", "koordinat.nposition",
    // "koordinat.eposition", "koordinat.beskrivning", "cfarNR", "land".
    QLineEdit *input(const QString &relativePath) const;
    bool isFieldShown(const QString &relativePath) const; // "kommunkod" included

    // Shows a problem at a path below this place and returns the label it went to; nullptr when
    // the path is not this place's.
    QLabel *showProblem(const QString &fullPath, const QString &text, bool warning);
    void clearProblems();
    QWidget *widgetFor(const QString &fullPath) const;

signals:
    void edited(); // any change by the user

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *container = nullptr;
        QLabel *problem = nullptr;
        QWidget *input = nullptr;
    };

    QLineEdit *addLine(const QString &relativePath, const Field &field, const QList<QWidget *> &beside = {});
    void convertFromWgs84();
    void setVariantAllowed(Variant variant, bool allowed, const QString &whyNot);
    void updateCountryName();
    void updateVisibility();
    void onPostcodeChanged();
    void onMunicipalityEdited();
    void normalizeMunicipalityText();
    QString resolveMunicipality(const QString &text) const;
    QString municipalityText(const QString &code) const;
    QString rowKey(const QString &relativePath) const;

    QString m_path;
    QString m_title;
    const ValueLists &m_lists;
    std::unique_ptr<class FieldGrid> m_grid;
    QComboBox *m_variant = nullptr;
    QComboBox *m_municipality = nullptr;
    MunicipalityModel *m_allMunicipalities = nullptr;
    MunicipalityModel *m_matchingMunicipalities = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_suggestion = nullptr;
    QLabel *m_countryName = nullptr;
    QPushButton *m_convert = nullptr;
    QHash<QString, Row> m_rows; // relative path -> row
    bool m_municipalityOnlyAllowed = false;
    bool m_cfarAllowed = true;
    bool m_municipalitySuggested = false;
    bool m_loading = false;
};

} // namespace avfall::forms

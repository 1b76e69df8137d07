#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class QByteArray;

namespace avfall {

// One node of the waste-code tree (avfallsförordningen bilaga 3): a chapter (2 digits), a
// subchapter (4 digits) or a reportable entry (6 digits).
struct WasteCode
{
    QString code;        // "160601"
    QString ewc;         // display form "16 06 01*"
    QString description; // Swedish wording of the list
    QString parent;      // the code of the chapter or subchapter above, empty for chapters
    bool hazardous = false;
    bool recoveryResultRequired = false; // angeResultatAvAtervinning
    double quantityLimit = 0;            // mangdGrans, 0 when none

    bool isReportable() const { return code.size() == 6; }
};

// The waste-code list in one wording, valid for a span of dates. Reads the register's own tree
// format (GET /avfallstyper) and our bundled files, which use the same format inside an envelope.
class WasteCodeList
{
public:
    static WasteCodeList fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_codes.isEmpty(); }
    const QList<WasteCode> &codes() const { return m_codes; } // tree order: chapter, its subchapters, entries
    const WasteCode *find(QStringView code) const;
    QDate validFrom() const { return m_validFrom; }
    QDate validTo() const { return m_validTo; } // null when open-ended
    bool isValidOn(const QDate &date) const;
    int reportableCount() const;
    // Read from the register's own answer (GET /avfallstyper), not from a bundled file: only then
    // is angeResultatAvAtervinning the register's word rather than our inference.
    bool isFromRegister() const { return m_fromRegister; }

    void setValidity(const QDate &from, const QDate &to);

private:
    bool m_fromRegister = false;
    QList<WasteCode> m_codes;
    QHash<QString, qsizetype> m_index;
    QDate m_validFrom;
    QDate m_validTo;
};

struct TreatmentSubcode
{
    QString code; // one letter
    QString description;
};

struct TreatmentMethod
{
    QString code; // "R3", "D10"
    QString description;
    QList<TreatmentSubcode> subcodes;

    bool allowsSubcode(QStringView subcode) const;
};

struct TransportMode
{
    QString code; // one letter
    QString description;
};

// Types of result of recovery for waste oil, with which quantities each expects.
struct RecoveryResultType
{
    QString code;
    QString description;
    bool regeneration = false;
    bool otherMaterialRecovery = false;
    bool energyRecovery = false;
    bool disposal = false;
    bool otherSpecification = false;
    bool confirmed = false; // false: our proposal, not confirmed by the register
};

// An ISO 3166-1 alpha-2 country (Debian's iso-codes, resources/data/landskoder.json).
struct Country
{
    QString code; // "NO"
    QString name; // Swedish: "Norge"
    QString englishName;
};

struct Municipality
{
    QString code; // four digits
    QString name;
    QString county;
};

// Every value list the forms and the validator draw from. bundled() reads what the app ships;
// the models layer replaces lists with what the register returns once fetched.
class ValueLists
{
public:
    static const ValueLists &bundled();

    // The waste-code list in force on the note's date (the wording changes on 2026-12-09).
    const WasteCodeList &wasteCodesOn(const QDate &date) const;
    const QList<WasteCodeList> &wasteCodeLists() const { return m_wasteCodeLists; }
    void setWasteCodeLists(QList<WasteCodeList> lists);
    // The list the register itself holds, as last fetched (it holds one wording at a time and judges
    // every note by it, whatever the note's date); nullptr until a list has been fetched.
    const WasteCodeList *registerWasteCodes() const;
    QDateTime registerWasteCodesFetchedAt() const { return m_registerFetchedAt; }
    // Marks the list at `index` of wasteCodeLists() as the register's, fetched at `fetchedAt`.
    void setRegisterWasteCodes(int index, const QDateTime &fetchedAt);

    const QList<TreatmentMethod> &treatmentMethods() const { return m_treatmentMethods; }
    const TreatmentMethod *treatmentMethod(QStringView code) const;
    const QList<TransportMode> &transportModes() const { return m_transportModes; }
    bool hasTransportMode(QStringView code) const;
    const QList<RecoveryResultType> &recoveryResultTypes() const { return m_recoveryResultTypes; }
    const RecoveryResultType *recoveryResultType(QStringView code) const;
    const QList<Municipality> &municipalities() const { return m_municipalities; }
    const Municipality *municipality(QStringView code) const;
    // Municipalities that have this postcode (a suggestion only: the table covers about 82 %).
    QStringList municipalitiesForPostcode(QStringView postcode) const;
    const QList<Country> &countries() const { return m_countries; }
    const Country *country(QStringView code) const;

    static QList<TreatmentMethod> treatmentMethodsFromJson(const QByteArray &json);
    static QList<TransportMode> transportModesFromJson(const QByteArray &json);
    static QList<RecoveryResultType> recoveryResultTypesFromJson(const QByteArray &json);

    void setTreatmentMethods(QList<TreatmentMethod> methods) { m_treatmentMethods = std::move(methods); }
    void setTransportModes(QList<TransportMode> modes) { m_transportModes = std::move(modes); }
    void setRecoveryResultTypes(QList<RecoveryResultType> types) { m_recoveryResultTypes = std::move(types); }

private:
    QList<WasteCodeList> m_wasteCodeLists;
    QList<TreatmentMethod> m_treatmentMethods;
    QList<TransportMode> m_transportModes;
    QList<RecoveryResultType> m_recoveryResultTypes;
    QList<Municipality> m_municipalities;
    QHash<QString, QStringList> m_postcodes;
    QList<Country> m_countries;
    int m_registerWasteCodes = -1;
    QDateTime m_registerFetchedAt;
};

} // namespace avfall

namespace WorkAbility.Domain.Clients;

/// <summary>Why a string is not a valid Finnish personal identity code (henkilötunnus).</summary>
public enum IdentityCodeError
{
    None,
    Empty,
    Format,
    CenturySign,
    Date,
    IndividualNumber,
    CheckCharacter,
}

/// <summary>
/// Finnish personal identity code: DDMMYY, century sign, individual number NNN, check character.
/// Century signs since 2023: '+' 1800s; '-', 'Y', 'X', 'W', 'V', 'U' 1900s; 'A'–'F' 2000s.
/// The full string is the identity: the sign is part of it, so 100190-999P and 100190Y999P are
/// two different people. Gender is never derived from it.
/// </summary>
public sealed class PersonalIdentityCode : IEquatable<PersonalIdentityCode>
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    public const int Length = 11;

    private PersonalIdentityCode(string value, DateOnly birthDate, int individualNumber)
    {
        Value = value;
        BirthDate = birthDate;
        IndividualNumber = individualNumber;
    }

    public string Value { get; }
    public DateOnly BirthDate { get; }
    public int IndividualNumber { get; }
    public char CenturySign => Value[6];

    /// <summary>Age in full years on <paramref name="day"/> (a leap-day birthday counts on 28 February).</summary>
    public int AgeOn(DateOnly day) =>
        day.Year - BirthDate.Year - (day < BirthDate.AddYears(day.Year - BirthDate.Year) ? 1 : 0);

    /// <summary>Individual numbers 900–999 are temporary codes (väliaikainen tunnus).</summary>
    public bool IsTemporary => IndividualNumber >= 900;

    public static PersonalIdentityCode Parse(string? text) =>
        TryParse(text, out var code, out var error)
            ? code
            : throw Common.DomainRuleException.Invalid("identity_code_" + error.ToString().ToLowerInvariant(), "personalIdentityCode");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PersonalIdentityCode? code) =>
        TryParse(text, out code, out _);

    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PersonalIdentityCode? code,
        out IdentityCodeError error)
    {
        code = null;
        var s = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (s.Length == 0)
        {
            error = IdentityCodeError.Empty;
            return false;
        }
        if (s.Length != Length || !AllDigits(s.AsSpan(0, 6)) || !AllDigits(s.AsSpan(7, 3)))
        {
            error = IdentityCodeError.Format;
            return false;
        }
        int? century = CenturyOf(s[6]);
        if (century is null)
        {
            error = IdentityCodeError.CenturySign;
            return false;
        }
        int day = Number(s, 0, 2), month = Number(s, 2, 2), year = century.Value + Number(s, 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = IdentityCodeError.Date;
            return false;
        }
        int individual = Number(s, 7, 3);
        if (individual < 2)
        {
            // 000 and 001 are never issued.
            error = IdentityCodeError.IndividualNumber;
            return false;
        }
        if (s[10] != CheckCharacterFor(s.AsSpan(0, 6), individual))
        {
            error = IdentityCodeError.CheckCharacter;
            return false;
        }
        error = IdentityCodeError.None;
        code = new PersonalIdentityCode(s, new DateOnly(year, month, day), individual);
        return true;
    }

    /// <summary>Builds a valid code from its parts; used to make synthetic (temporary) demo codes.</summary>
    public static PersonalIdentityCode Create(DateOnly birthDate, int individualNumber, char? centurySign = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(individualNumber, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(individualNumber, 999);
        char sign = centurySign ?? (birthDate.Year / 100) switch
        {
            18 => '+',
            19 => '-',
            20 => 'A',
            _ => throw new ArgumentOutOfRangeException(nameof(birthDate)),
        };
        var datePart = birthDate.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture);
        var text = string.Concat(datePart, sign.ToString(), individualNumber.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
            CheckCharacterFor(datePart, individualNumber).ToString());
        return TryParse(text, out var code, out var error)
            ? code
            : throw new ArgumentException($"Parts do not form a valid code ({error}).", nameof(centurySign));
    }

    private static char CheckCharacterFor(ReadOnlySpan<char> datePart, int individualNumber)
    {
        long n = long.Parse(datePart, provider: System.Globalization.CultureInfo.InvariantCulture) * 1000 + individualNumber;
        return CheckCharacters[(int)(n % 31)];
    }

    private static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        >= 'A' and <= 'F' => 2000,
        _ => null,
    };

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static int Number(string s, int start, int length) =>
        int.Parse(s.AsSpan(start, length), provider: System.Globalization.CultureInfo.InvariantCulture);

    public bool Equals(PersonalIdentityCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);
    public override bool Equals(object? obj) => Equals(obj as PersonalIdentityCode);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    public static bool operator ==(PersonalIdentityCode? left, PersonalIdentityCode? right) => left?.Equals(right) ?? right is null;
    public static bool operator !=(PersonalIdentityCode? left, PersonalIdentityCode? right) => !(left == right);

    /// <summary>Masked by default so a code never lands in a log or a message by accident.</summary>
    public override string ToString() => Value[..6] + "******";
}

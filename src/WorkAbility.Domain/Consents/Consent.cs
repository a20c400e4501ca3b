using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Consents;

/// <summary>
/// The client's written consent to handle their matter across sectors (F11, modelled on Kela's
/// Y100): which organisations, which data, for what purpose and for how long, and how it was
/// given. The client may narrow or withdraw it at any time; it can never be widened — a wider
/// consent is a new consent. Validity is decided by the date in Finland (Europe/Helsinki).
/// </summary>
public sealed class Consent : IVersioned
{
    public const int PurposeMaxLength = 1000;
    public const int ReferenceMaxLength = 200;
    public const int NoteMaxLength = 1000;

    /// <summary>Y100 consents are given for a limited time; longer needs a new consent.</summary>
    public const int MaxValidityYears = 3;

    private Consent() => Purpose = string.Empty;

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public List<Guid> OrganisationIds { get; private set; } = [];
    public DataCategory Categories { get; private set; }
    public string Purpose { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public ConsentGivenAs GivenAs { get; private set; }

    /// <summary>For a paper consent, where the signed, scanned form is kept.</summary>
    public string? DocumentReference { get; private set; }
    public Guid RecordedById { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset? NarrowedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public Guid? WithdrawnById { get; private set; }
    public string? WithdrawalNote { get; private set; }
    public Guid Version { get; set; }

    /// <summary>Prepared for the client to confirm online, not yet confirmed: gives no access.</summary>
    public bool AwaitingConfirmation { get; private set; }

    /// <summary>When the client confirmed the prepared consent themselves (strong electronic identification).</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public static Consent Record(Guid clientId, IReadOnlyCollection<Guid>? organisationIds, DataCategory categories, string? purpose,
        DateOnly? validFrom, DateOnly? validUntil, ConsentGivenAs? givenAs, string? documentReference, Guid recordedById, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        var orgs = organisationIds?.Distinct().ToList() ?? [];
        if (orgs.Count == 0)
        {
            errors.Add(new FieldError("organisationIds", "consent_no_organisations"));
        }
        if ((categories & DataCategory.All) == DataCategory.None || (categories & ~DataCategory.All) != 0)
        {
            errors.Add(new FieldError("categories", "consent_no_categories"));
        }
        var why = TextRules.RequiredText(purpose, "purpose", PurposeMaxLength, errors);
        var today = Common.FinnishCalendar.DateOf(now);
        var from = validFrom ?? today;
        if (validUntil is not { } until)
        {
            errors.Add(new FieldError("validUntil", TextRules.Required));
            until = from;
        }
        else if (until < from)
        {
            errors.Add(new FieldError("validUntil", "consent_ends_before_start"));
        }
        else if (until > from.AddYears(MaxValidityYears))
        {
            errors.Add(new FieldError("validUntil", "consent_too_long"));
        }
        else if (until < today)
        {
            errors.Add(new FieldError("validUntil", "consent_already_expired"));
        }
        if (givenAs is not { } how || !Enum.IsDefined(how))
        {
            errors.Add(new FieldError("givenAs", TextRules.Required));
            how = ConsentGivenAs.ElectronicConfirmation;
        }
        var reference = TextRules.OptionalText(documentReference, "documentReference", ReferenceMaxLength, errors);
        if (how is ConsentGivenAs.SignedOnPaper && reference is null)
        {
            errors.Add(new FieldError("documentReference", "consent_paper_needs_reference"));
        }
        TextRules.ThrowIfAny(errors);
        return new Consent
        {
            Id = Guid.CreateVersion7(now),
            ClientId = clientId,
            OrganisationIds = orgs,
            Categories = categories,
            Purpose = why,
            ValidFrom = from,
            ValidUntil = until,
            GivenAs = how,
            AwaitingConfirmation = how is ConsentGivenAs.ClientConfirmsOnline,
            DocumentReference = reference,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }

    /// <summary>
    /// The one statement of validity: in force on a Finnish date when confirmed, started, not ended
    /// and not withdrawn. Objects check it compiled; queries apply it in SQL through <see cref="ValidOn"/>.
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<Consent, DateOnly, bool>> ValidOnRule =
        (c, day) => c.WithdrawnAt == null && !c.AwaitingConfirmation && c.ValidFrom <= day && c.ValidUntil >= day;

    private static readonly Func<Consent, DateOnly, bool> IsValidOnDay = ValidOnRule.Compile();

    /// <summary>In force on this moment's date in Finland: started, not ended, not withdrawn.</summary>
    public bool IsValidAt(DateTimeOffset now) => IsValidOnDay(this, Common.FinnishCalendar.DateOf(now));

    /// <summary>Consents in force on <paramref name="day"/>, as a condition the database applies.</summary>
    public static System.Linq.Expressions.Expression<Func<Consent, bool>> ValidOn(DateOnly day) =>
        Common.ExpressionArguments.Bind(ValidOnRule, day);

    /// <summary>The data categories this consent lets the organisation's people see now (None when it does not cover them).</summary>
    public DataCategory CategoriesFor(Guid organisationId, DateTimeOffset now) =>
        IsValidAt(now) && OrganisationIds.Contains(organisationId) ? Categories : DataCategory.None;

    /// <summary>
    /// The client takes organisations or data categories out of the consent. Only narrowing is
    /// possible: adding anything needs a new consent signed by the client.
    /// </summary>
    public IReadOnlyList<Guid> Narrow(IReadOnlyCollection<Guid>? organisationIds, DataCategory categories, DateTimeOffset now)
    {
        EnsureInForce();
        var keep = organisationIds?.Distinct().ToList() ?? [];
        var errors = new List<FieldError>();
        if (keep.Any(o => !OrganisationIds.Contains(o)))
        {
            errors.Add(new FieldError("organisationIds", "consent_cannot_widen"));
        }
        if ((categories & ~Categories) != 0)
        {
            errors.Add(new FieldError("categories", "consent_cannot_widen"));
        }
        if (keep.Count == 0)
        {
            errors.Add(new FieldError("organisationIds", "consent_no_organisations"));
        }
        if (categories == DataCategory.None)
        {
            errors.Add(new FieldError("categories", "consent_no_categories"));
        }
        TextRules.ThrowIfAny(errors);
        var removed = OrganisationIds.Where(o => !keep.Contains(o)).ToList();
        // Organisations that lose a category are told too: for them the consent changed.
        var affected = categories != Categories ? keep.Concat(removed).ToList() : removed;
        OrganisationIds = keep;
        Categories = categories;
        NarrowedAt = now;
        return affected;
    }

    /// <summary>
    /// The client withdraws the consent, themselves (<paramref name="byProfessionalId"/> null) or
    /// through a professional; it stops giving access on the very next request.
    /// </summary>
    public void Withdraw(Guid? byProfessionalId, string? note, DateTimeOffset now)
    {
        EnsureInForce();
        var errors = new List<FieldError>();
        var why = TextRules.OptionalText(note, "note", NoteMaxLength, errors);
        TextRules.ThrowIfAny(errors);
        WithdrawnAt = now;
        WithdrawnById = byProfessionalId;
        WithdrawalNote = why;
    }

    /// <summary>The client confirms a consent prepared for them; from then on it gives what it says.</summary>
    public void Confirm(DateTimeOffset now)
    {
        EnsureInForce();
        if (!AwaitingConfirmation)
        {
            throw new DomainRuleException("consent_not_awaiting");
        }
        AwaitingConfirmation = false;
        ConfirmedAt = now;
    }

    private void EnsureInForce()
    {
        if (IsWithdrawn)
        {
            throw new DomainRuleException("consent_withdrawn");
        }
    }
}

/// <summary>Consents run by calendar days in Finland, whatever the server's time zone.</summary>
public static class ConsentClock
{
    /// <summary>
    /// What valid consents give each organisation: organisation → data categories (a union when
    /// several consents name it). Withdrawn, expired and not-yet-started consents give nothing.
    /// </summary>
    public static IReadOnlyDictionary<Guid, DataCategory> Scope(IEnumerable<Consent> consents, DateTimeOffset now)
    {
        var scope = new Dictionary<Guid, DataCategory>();
        foreach (var consent in consents.Where(c => c.IsValidAt(now)))
        {
            foreach (var org in consent.OrganisationIds)
            {
                scope[org] = scope.GetValueOrDefault(org) | consent.Categories;
            }
        }
        return scope;
    }
}

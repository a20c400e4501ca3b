using WorkAbility.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Access;
using WorkAbility.Domain.Common;
using WorkAbility.Domain.Services;
using WorkAbility.Web.Infrastructure.Access;

namespace WorkAbility.Web.Features.Services;

/// <summary>
/// F17: the region's service catalogue. Everyone signed in searches it by text and category;
/// administrators keep it up to date. It holds no client data.
/// </summary>
public sealed class ServiceCatalogue(AppDbContext db, ClientAccess access, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed class EditRequest
    {
        public string? Name { get; set; }
        public string? NameSv { get; set; }
        public string? NameEn { get; set; }
        public string? Description { get; set; }
        public string? DescriptionSv { get; set; }
        public string? DescriptionEn { get; set; }
        public ServiceCategory? Category { get; set; }
        public string? TargetGroup { get; set; }
        public ServiceEntry? Entry { get; set; }
        public Guid? ProviderOrganisationId { get; set; }
        public string? ProviderName { get; set; }
        public string? Contact { get; set; }
        public string? Area { get; set; }
        public bool Active { get; set; } = true;

        /// <summary>The version the editor started from; a newer one means someone else saved meanwhile.</summary>
        public string? Version { get; set; }

        public CatalogueService.Details ToDetails() => new(Name, NameSv, NameEn, Description, DescriptionSv, DescriptionEn, Category, TargetGroup,
            Entry, ProviderOrganisationId, ProviderName, Contact, Area, Active);

        public static EditRequest From(CatalogueService s) => new()
        {
            Name = s.Name, NameSv = s.NameSv, NameEn = s.NameEn, Description = s.Description, DescriptionSv = s.DescriptionSv,
            DescriptionEn = s.DescriptionEn, Category = s.Category, TargetGroup = s.TargetGroup, Entry = s.Entry,
            ProviderOrganisationId = s.ProviderOrganisationId, ProviderName = s.ProviderName, Contact = s.Contact, Area = s.Area,
            Active = s.Active, Version = s.Version.ToString("N"),
        };
    }

    public async Task<IReadOnlyList<ServiceView>> Search(string? text, ServiceCategory? category, string language, bool includeInactive, CancellationToken ct)
    {
        var query = db.Services.AsNoTracking();
        if (!includeInactive)
        {
            query = query.Where(s => s.Active);
        }
        if (category is { } c)
        {
            query = query.Where(s => s.Category == c);
        }
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var word in words.Take(5))
        {
            var pattern = "%" + word.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(s => EF.Functions.Like(s.Name.ToLower(), pattern, "\\") || EF.Functions.Like(s.Description.ToLower(), pattern, "\\")
                || EF.Functions.Like(s.TargetGroup.ToLower(), pattern, "\\") || EF.Functions.Like(s.ProviderName.ToLower(), pattern, "\\")
                || (s.NameSv != null && EF.Functions.Like(s.NameSv.ToLower(), pattern, "\\")));
        }
        var rows = await query.OrderBy(s => s.Category).ThenBy(s => s.Name).Take(PageSize).ToListAsync(ct);
        return rows.Select(s => ServiceView.Of(s, language)).ToList();
    }

    public async Task<CatalogueService?> Find(Guid id, CancellationToken ct) =>
        await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);

    public async Task<Guid> Create(EditRequest request, CancellationToken ct)
    {
        RequireAdministrator();
        await EnsureOrganisation(request.ProviderOrganisationId, ct);
        var service = CatalogueService.Create(request.ToDetails(), clock.GetUtcNow());
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        return service.Id;
    }

    public async Task Update(Guid id, EditRequest request, CancellationToken ct)
    {
        RequireAdministrator();
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new DomainRuleException("service_not_found");
        if (request.Version is { Length: > 0 } version && version != service.Version.ToString("N"))
        {
            throw new DbUpdateConcurrencyException();
        }
        await EnsureOrganisation(request.ProviderOrganisationId, ct);
        service.Update(request.ToDetails());
        await db.SaveChangesAsync(ct);
    }

    private void RequireAdministrator()
    {
        if (access.Actor.Kind is not ActorKind.Administrator)
        {
            throw new DomainRuleException("catalogue_administrators_only");
        }
    }

    private async Task EnsureOrganisation(Guid? id, CancellationToken ct)
    {
        if (id is { } org && !await db.Organisations.AnyAsync(o => o.Id == org, ct))
        {
            throw new DomainValidationException([new FieldError("providerOrganisationId", "invalid_choice")]);
        }
    }
}

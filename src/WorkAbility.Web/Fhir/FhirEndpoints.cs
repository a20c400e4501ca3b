using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using WorkAbility.Data;
using WorkAbility.Domain.Clients;
using WorkAbility.Domain.Referrals;
using WorkAbility.Web.Features.Referrals;
using WorkAbility.Web.Infrastructure.Access;
using WorkAbility.Web.Infrastructure.Auth;

namespace WorkAbility.Web.Fhir;

/// <summary>
/// <c>/fhir/r4</c>: the product's records in HL7 FHIR R4 for other systems. Every read of client
/// data goes through <see cref="ClientRecords"/> and so through the access door and the access
/// log, exactly as the pages do; a client the caller may not see is "not found" on a read and an
/// empty result on a search.
/// </summary>
public static class FhirEndpoints
{
    public const string Root = "/fhir/r4";

    /// <summary>The client data types, each found from its own id to the client it belongs to.</summary>
    public static readonly string[] ClientTypes =
        ["Patient", "CareTeam", "RelatedPerson", "Consent", "CarePlan", "ServiceRequest", "Task", "Observation", "QuestionnaireResponse"];

    public static readonly string[] DirectoryTypes = ["Organization", "Practitioner", "PractitionerRole"];

    public static IEndpointRouteBuilder MapFhir(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup(Root).WithTags("FHIR R4").WithFhirErrors().DisableAntiforgery();
        fhir.MapGet("/metadata", (HttpRequest request) => FhirResults.Resource(Capabilities.Statement(ApiBase(request))))
            .WithSummary("The CapabilityStatement: exactly what this server supports");
        fhir.MapGet("/Patient/{id}/$everything", Everything).WithSummary("Everything about one client the caller may see, as one searchset Bundle");
        fhir.MapGet("/Patient", SearchPatient).WithSummary("Patient?identifier=urn:oid:1.2.246.21|<identity code>");
        fhir.MapGet("/Task", SearchTasks).WithSummary("Task?owner=Organization/<id>&status=<task status>: a provider's referrals");
        fhir.MapPost("/QuestionnaireResponse", ReceiveQuestionnaireResponse)
            .WithSummary("An Omaolo assessment (→ a contact with screening) or a Kykyviisari result (→ an external measure) about a person named by identity code");
        fhir.MapPut("/Task/{id}", UpdateTask)
            .WithSummary("A provider moves its referral: the Task's new status (with statusReason for rejected, outputs for completed); If-Match for the version");
        fhir.MapGet("/{type}", SearchByPatient).WithSummary("<type>?patient=Patient/<id> (or subject= / for=) for the client data types");
        fhir.MapGet("/{type}/{id}", Read).WithSummary("Reads one resource by id");
        return app;
    }

    public static string ApiBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Root}";

    private static async Task<IResult> Read(string type, string id, HttpRequest request, AppDbContext db, ClientRecords records, TimeProvider clock,
        CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var key))
        {
            return ClientTypes.Contains(type) || DirectoryTypes.Contains(type) ? FhirResults.NotFound(type, id) : Unsupported(type);
        }
        if (DirectoryTypes.Contains(type))
        {
            // The staff directory is for the county's staff; a client reaches their own people through their record.
            return request.HttpContext.User.ToActor().Kind is not WorkAbility.Domain.Access.ActorKind.Client &&
                   await ReadDirectory(type, key, db, ct) is { } entry
                ? FhirResults.Resource(entry)
                : FhirResults.NotFound(type, id);
        }
        if (!ClientTypes.Contains(type))
        {
            return Unsupported(type);
        }
        // The same door and the same answer whether the resource is missing or the client is not the caller's.
        var clientId = await ClientOf(db, type, key, ct) ?? Guid.CreateVersion7();
        var record = await records.Read(clientId, "fhir." + type.ToLowerInvariant(), ct);
        var resource = new ResourceMapper(record).Everything(clock.GetUtcNow()).FirstOrDefault(r => r.TypeName == type && r.Id == key.ToString());
        return resource is null ? FhirResults.NotFound(type, id) : FhirResults.Resource(resource);
    }

    private static async Task<IResult> Everything(string id, HttpRequest request, ClientRecords records, TimeProvider clock, CancellationToken ct)
    {
        var clientId = Guid.TryParse(id, out var key) ? key : Guid.CreateVersion7();
        var record = await records.Read(clientId, "fhir.everything", ct);
        var mapper = new ResourceMapper(record);
        return FhirResults.Resource(SearchSet(mapper.Everything(clock.GetUtcNow()), ApiBase(request), includesAfterFirst: true));
    }

    private static async Task<IResult> SearchPatient(HttpRequest request, AppDbContext db, ClientRecords records, CancellationToken ct)
    {
        var identifier = request.Query["identifier"].ToString();
        if (identifier.Length == 0)
        {
            return FhirResults.Invalid("Search patients by identifier: identifier=urn:oid:1.2.246.21|<personal identity code>.", "identifier");
        }
        var bar = identifier.IndexOf('|', StringComparison.Ordinal);
        var (system, value) = bar < 0 ? (FhirSystems.PersonalIdentityCode, identifier) : (identifier[..bar], identifier[(bar + 1)..]);
        if (system != FhirSystems.PersonalIdentityCode)
        {
            return FhirResults.Invalid($"Only the personal identity code system {FhirSystems.PersonalIdentityCode} is searched here.", "identifier");
        }
        if (!PersonalIdentityCode.TryParse(value, out var code))
        {
            return FhirResults.Invalid("The identifier is not a valid Finnish personal identity code.", "identifier");
        }
        var clientId = await db.Clients.Where(c => c.PersonalIdentityCode == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        var found = new List<Resource>();
        try
        {
            // A code of nobody goes through the same door with an id of nobody: the same queries and the same log write,
            // so whether a person is a client cannot be told by how long the answer takes (bench: FhirExistenceTiming).
            var record = await records.Read(clientId ?? Guid.CreateVersion7(), "fhir.patient.search", ct);
            found.Add(ResourceMapper.PatientOf(record.Client));
        }
        catch (ClientNotFoundException)
        {
            // The denial is in the access log; the caller gets the same empty result as for a stranger.
        }
        return FhirResults.Resource(SearchSet(found, ApiBase(request)));
    }

    private static async Task<IResult> SearchByPatient(string type, HttpRequest request, ClientRecords records, TimeProvider clock, CancellationToken ct)
    {
        if (!ClientTypes.Contains(type) || type == "Patient")
        {
            return DirectoryTypes.Contains(type)
                ? FhirResults.Invalid($"{type} is read by id here; search is not supported.")
                : Unsupported(type);
        }
        var subject = new[] { "patient", "subject", "for" }.Select(p => request.Query[p].ToString()).FirstOrDefault(v => v.Length > 0);
        if (subject is null)
        {
            return FhirResults.Invalid($"Search {type} by its client: patient=Patient/<id> (subject= and for= are the same).", "patient");
        }
        var id = subject.StartsWith("Patient/", StringComparison.Ordinal) ? subject["Patient/".Length..] : subject;
        var found = new List<Resource>();
        if (Guid.TryParse(id, out var clientId))
        {
            try
            {
                var mapper = new ResourceMapper(await records.Read(clientId, "fhir." + type.ToLowerInvariant() + ".search", ct));
                found.AddRange(mapper.Everything(clock.GetUtcNow()).Where(r => r.TypeName == type));
            }
            catch (ClientNotFoundException)
            {
                // Logged as a denial; nothing to show.
            }
        }
        return FhirResults.Resource(SearchSet(found, ApiBase(request)));
    }

    /// <summary>
    /// A provider's work list: the referrals (as Tasks) owned by the caller's own organisation,
    /// optionally by Task status, oldest first, paged in SQL; each client is decided and logged.
    /// </summary>
    private static async Task<IResult> SearchTasks(HttpRequest request, AppDbContext db, ClientAccess access, TimeProvider clock, CancellationToken ct)
    {
        var owner = request.Query["owner"].ToString();
        if (owner.Length == 0)
        {
            var subject = new[] { "patient", "subject", "for" }.Any(p => request.Query[p].Count > 0);
            return subject
                ? await SearchByPatient("Task", request, request.HttpContext.RequestServices.GetRequiredService<ClientRecords>(), clock, ct)
                : FhirResults.Invalid("Search tasks by owner=Organization/<id> (optionally status=) or by patient=Patient/<id>.", "owner");
        }
        var actor = access.RequireProfessional();
        var ownerId = owner.StartsWith("Organization/", StringComparison.Ordinal) ? owner["Organization/".Length..] : owner;
        var statuses = new List<ReferralStatus>();
        foreach (var code in request.Query["status"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var taskStatus = Hl7.Fhir.Utility.EnumUtility.ParseLiteral<Hl7.Fhir.Model.Task.TaskStatus>(code);
            if (taskStatus is null || ReferralTaskStatus.ToReferral(taskStatus.Value) is not { } status)
            {
                return FhirResults.Invalid($"Unknown or unused Task status '{code}'. Used: requested, received, accepted, rejected, in-progress, completed, failed, cancelled.", "status");
            }
            statuses.Add(status);
        }
        var count = int.TryParse(request.Query["_count"], out var c) ? Math.Clamp(c, 1, 200) : 50;
        var found = new List<Resource>();
        if (Guid.TryParse(ownerId, out var organisationId) && organisationId == actor.OrganisationId)
        {
            var query = db.Referrals.AsNoTracking().Where(r => r.ToOrganisationId == organisationId);
            if (statuses.Count > 0)
            {
                query = query.Where(r => statuses.Contains(r.Status));
            }
            var rows = await (from r in query
                              join s in db.SupportCases on r.SupportCaseId equals s.Id
                              join client in db.Clients on s.ClientId equals client.Id
                              orderby r.SentAt, r.Id
                              select new { Referral = r, Client = client }).Take(count).ToListAsync(ct);
            var visible = await access.Visible(rows.Select(r => (r.Client.Id, r.Client.RegisteredAtOrganisationId)).Distinct().ToList(), "fhir.task.search", ct);
            var shown = rows.Where(r => visible.Contains(r.Client.Id)).ToList();
            var professionalIds = shown.Select(r => r.Referral.SentById).ToHashSet();
            var professionals = await db.Professionals.AsNoTracking().Where(p => professionalIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).ToDictionaryAsync(o => o.Id, ct);
            foreach (var row in shown)
            {
                var record = new ClientRecord(row.Client, null, null, null, [], [row.Referral], [], [], organisations, professionals,
                    new Dictionary<Guid, WorkAbility.Domain.Services.CatalogueService>());
                found.Add(new ResourceMapper(record).TaskOf(row.Referral));
            }
        }
        return FhirResults.Resource(SearchSet(found, ApiBase(request)));
    }

    private static async Task<IResult> ReceiveQuestionnaireResponse(HttpRequest request, QuestionnaireResponseIntake intake, CancellationToken ct)
    {
        var (resource, refusal) = await ReadDocument(request, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        if (resource is not QuestionnaireResponse response)
        {
            return FhirResults.Invalid($"Expected a QuestionnaireResponse, got {resource!.TypeName}.", "resourceType");
        }
        var outcome = await intake.Accept(response, ct);
        return FhirResults.Resource(outcome.Report, StatusCodes.Status201Created, outcome.Location is null ? null : $"{ApiBase(request)}/{outcome.Location}");
    }

    /// <summary>The request's body as one FHIR resource, or the answer refusing it (too large, not JSON, not R4).</summary>
    private static async Task<(Resource? Resource, IResult? Refusal)> ReadDocument(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength is > MaxDocumentBytes)
        {
            return (null, FhirResults.Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.TooCostly, "The document is larger than 1 MB."),
                StatusCodes.Status413PayloadTooLarge));
        }
        using var reader = new StreamReader(request.Body);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(MaxDocumentBytes + 1);
        try
        {
            int read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxDocumentBytes + 1), ct);
            if (read > MaxDocumentBytes)
            {
                return (null, FhirResults.Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.TooCostly, "The document is larger than 1 MB."),
                    StatusCodes.Status413PayloadTooLarge));
            }
            return FhirJson.TryParse(new string(buffer, 0, read), out var resource, out IReadOnlyList<(string, string?)> problems)
                ? (resource, null)
                : (null, FhirResults.Outcome(OperationOutcomes.Many(problems), StatusCodes.Status400BadRequest));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private const int MaxDocumentBytes = 1_000_000;

    private static async Task<IResult> UpdateTask(string id, HttpRequest request, MoveReferral.Handler move, AppDbContext db, ClientRecords records,
        TimeProvider clock, CancellationToken ct)
    {
        var (resource, refusal) = await ReadDocument(request, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        if (resource is not Hl7.Fhir.Model.Task task)
        {
            return FhirResults.Invalid($"Expected a Task, got {resource!.TypeName}.", "resourceType");
        }
        if (task.Id != id)
        {
            return FhirResults.Invalid("The Task's id must be the one in the address.", "Task.id");
        }
        if (!Guid.TryParse(id, out var referralId))
        {
            return FhirResults.NotFound("Task", id);
        }
        // If-Match: W/"<version>" – the version the provider read; a move on an older one is a conflict.
        var ifMatch = request.Headers.IfMatch.ToString();
        var version = ifMatch.Length > 0 ? ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"') : null;
        await move.Handle(referralId, ReferralTaskOutput.ToMove(task, version), ct);
        var clientId = await ClientOf(db, "Task", referralId, ct) ?? Guid.CreateVersion7();
        var record = await records.Read(clientId, "fhir.task", ct);
        var updated = new ResourceMapper(record).Everything(clock.GetUtcNow()).OfType<Hl7.Fhir.Model.Task>().Single(t => t.Id == id);
        return FhirResults.Resource(updated);
    }

    private static async Task<Resource?> ReadDirectory(string type, Guid id, AppDbContext db, CancellationToken ct)
    {
        if (type == "Organization")
        {
            return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } organisation
                ? ResourceMapper.OrganizationOf(organisation) : null;
        }
        var professional = await db.Professionals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (professional is null)
        {
            return null;
        }
        if (type == "Practitioner")
        {
            return ResourceMapper.PractitionerOf(professional);
        }
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == professional.OrganisationId).ToDictionaryAsync(o => o.Id, ct);
        var record = new ClientRecord(null!, null, null, null, [], [], [], [], organisations,
            new Dictionary<Guid, WorkAbility.Domain.Organisations.Professional> { [professional.Id] = professional },
            new Dictionary<Guid, WorkAbility.Domain.Services.CatalogueService>());
        return new ResourceMapper(record).PractitionerRoleOf(professional);
    }

    /// <summary>Which client a resource belongs to, found from its own id; null when there is none.</summary>
    private static async Task<Guid?> ClientOf(AppDbContext db, string type, Guid id, CancellationToken ct) => type switch
    {
        "Patient" => id,
        "CareTeam" or "RelatedPerson" => await db.SupportCases.Where(c => c.Id == id).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct),
        "CarePlan" => await (from p in db.Plans where p.Id == id join c in db.SupportCases on p.SupportCaseId equals c.Id select (Guid?)c.ClientId)
            .SingleOrDefaultAsync(ct),
        "Consent" => await db.Consents.Where(c => c.Id == id).Select(c => (Guid?)c.ClientId).SingleOrDefaultAsync(ct),
        "ServiceRequest" or "Task" => await (from r in db.Referrals where r.Id == id join c in db.SupportCases on r.SupportCaseId equals c.Id select (Guid?)c.ClientId)
            .SingleOrDefaultAsync(ct),
        "Observation" => await db.ExternalMeasures.Where(m => m.Id == id).Select(m => (Guid?)m.ClientId).SingleOrDefaultAsync(ct),
        "QuestionnaireResponse" => await db.SelfAssessments.Where(s => s.Id == id).Select(s => (Guid?)s.ClientId).SingleOrDefaultAsync(ct),
        _ => null,
    };

    private static Bundle SearchSet(IReadOnlyList<Resource> resources, string apiBase, bool includesAfterFirst = false)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = includesAfterFirst ? Math.Min(resources.Count, 1) : resources.Count };
        for (int i = 0; i < resources.Count; i++)
        {
            var resource = resources[i];
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{apiBase}/{resource.TypeName}/{resource.Id}",
                Resource = resource,
                Search = new Bundle.SearchComponent
                {
                    Mode = includesAfterFirst && i > 0 ? Bundle.SearchEntryMode.Include : Bundle.SearchEntryMode.Match,
                },
            });
        }
        return bundle;
    }

    private static IResult Unsupported(string type) =>
        FhirResults.Outcome(OperationOutcomes.Of(OperationOutcome.IssueType.NotSupported, $"Resource type '{type}' is not supported here; see {Root}/metadata."),
            StatusCodes.Status404NotFound);
}

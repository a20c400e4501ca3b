using WorkAbility.Domain.Common;

namespace WorkAbility.Domain.Teams;

/// <summary>
/// A professional who leaves (or moves on) hands their clients over to named colleagues in one go (seed 004,
/// "saattaen vaihtaen"): each case becomes a warm handover proposal that its successor accepts — nothing changes on
/// a case until then. The cases are shared so that each successor ends with as even a caseload as can be.
/// </summary>
public static class CaseloadHandover
{
    /// <summary>At most this many colleagues share one caseload.</summary>
    public const int MaxSuccessors = 10;

    /// <param name="cases">The cases to hand over, in the order they are given out.</param>
    /// <param name="successors">Each colleague with how many active cases they already manage.</param>
    /// <returns>Each case with the colleague who is proposed for it.</returns>
    public static IReadOnlyList<(Guid CaseId, Guid SuccessorId)> Distribute(IReadOnlyList<Guid> cases, IReadOnlyList<(Guid Id, int Caseload)> successors)
    {
        if (successors.Count == 0)
        {
            return [];
        }
        var load = successors.Select(s => (s.Id, Load: s.Caseload)).ToList();
        var shares = new List<(Guid, Guid)>(cases.Count);
        foreach (var caseId in cases)
        {
            // The least loaded colleague takes the next case; among equals, the one named first.
            int least = 0;
            for (int i = 1; i < load.Count; i++)
            {
                if (load[i].Load < load[least].Load)
                {
                    least = i;
                }
            }
            shares.Add((caseId, load[least].Id));
            load[least] = (load[least].Id, load[least].Load + 1);
        }
        return shares;
    }

    /// <summary>The colleagues named to take the caseload over: at least one, at most <see cref="MaxSuccessors"/>, never the one who leaves.</summary>
    public static IReadOnlyList<Guid> Successors(IReadOnlyCollection<Guid>? named, Guid leaving)
    {
        var ids = (named ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            throw new DomainValidationException([new FieldError("successorIds", TextRules.Required)]);
        }
        if (ids.Count > MaxSuccessors)
        {
            throw new DomainValidationException([new FieldError("successorIds", "too_many")]);
        }
        if (ids.Contains(leaving))
        {
            throw new DomainValidationException([new FieldError("successorIds", "handover_same_person")]);
        }
        return ids;
    }
}

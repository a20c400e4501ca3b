namespace WorkAbility.Web.Resources;

/// <summary>
/// Marker for the shared UI strings. SharedResource.resx is Finnish (the neutral language);
/// .sv and .en hold Swedish and English. Keys are dotted: Area.Name, Enum.Type.Member, Error.code.
/// </summary>
public sealed class SharedResource;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Verkostoportaali.Core.Tenancy;

namespace Verkostoportaali.Tenants;

/// <summary>
/// 404 for the page on any tenant but the portal. The feature gate already hides the pages from tenants without the
/// Tenants feature; this holds even for a site whose recipe enabled it, since only the portal manages sites.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PortalOnlyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (!context.HttpContext.GetTenant().IsDefault)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

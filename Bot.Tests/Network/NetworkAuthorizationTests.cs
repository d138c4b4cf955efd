using ForumBot.Network;
using ForumBot.Network.Access;
using ForumBot.Network.FileFormat;

namespace ForumBot.Tests.Network;

/// <summary>Who may do what, as a pure function of a snapshot of the test network.</summary>
public sealed class NetworkAuthorizationTests
{
    private static readonly NetworkSnapshot Network = new(
        NetworkFileReader.Read(TestNetworkFile.Create().ToJsonString(), DateTimeOffset.UnixEpoch).Definition!, 1, default);

    [Theory]
    // Any registered person may look at the network.
    [InlineData("p-plain", NetworkAction.ViewNetwork, null, true)]
    // Updates: the initiative's contacts and the chairs of its forums.
    [InlineData("p-contact", NetworkAction.SubmitUpdate, "leisure-jobs", true)]
    [InlineData("p-chair", NetworkAction.SubmitUpdate, "leisure-jobs", true)]
    [InlineData("p-manager", NetworkAction.SubmitUpdate, "homework", true)]
    [InlineData("p-manager", NetworkAction.SubmitUpdate, "leisure-jobs", false)]
    [InlineData("p-member", NetworkAction.SubmitUpdate, "leisure-jobs", false)]
    [InlineData("p-admin", NetworkAction.SubmitUpdate, "leisure-jobs", false)]
    [InlineData("p-contact", NetworkAction.SubmitUpdate, "no-such-initiative", false)]
    [InlineData("p-contact", NetworkAction.SubmitUpdate, null, false)]
    // Linking a channel: the forum's chair or an admin.
    [InlineData("p-chair", NetworkAction.LinkChannel, "fritidsjob", true)]
    [InlineData("p-admin", NetworkAction.LinkChannel, "fritidsjob", true)]
    [InlineData("p-member", NetworkAction.LinkChannel, "fritidsjob", false)]
    [InlineData("p-manager", NetworkAction.LinkChannel, "fritidsjob", false)]
    [InlineData("p-chair", NetworkAction.LinkChannel, "strategic", false)]
    [InlineData("p-admin", NetworkAction.LinkChannel, "no-such-forum", false)]
    // Follow-ups: the forum's chairs and members.
    [InlineData("p-chair", NetworkAction.ManageFollowUps, "fritidsjob", true)]
    [InlineData("p-member", NetworkAction.ManageFollowUps, "fritidsjob", true)]
    [InlineData("p-plain", NetworkAction.ManageFollowUps, "fritidsjob", false)]
    [InlineData("p-admin", NetworkAction.ManageFollowUps, "fritidsjob", false)]
    // Digest: managers and admins.
    [InlineData("p-manager", NetworkAction.ViewDigest, null, true)]
    [InlineData("p-admin", NetworkAction.ViewDigest, null, true)]
    [InlineData("p-chair", NetworkAction.ViewDigest, null, false)]
    // Delivery problems: admins only.
    [InlineData("p-admin", NetworkAction.ViewDeliveryProblems, null, true)]
    [InlineData("p-manager", NetworkAction.ViewDeliveryProblems, null, false)]
    // Summaries: the forum's chairs and members, managers, admins.
    [InlineData("p-member", NetworkAction.RequestSummary, "fritidsjob", true)]
    [InlineData("p-manager", NetworkAction.RequestSummary, "fritidsjob", true)]
    [InlineData("p-admin", NetworkAction.RequestSummary, "fritidsjob", true)]
    [InlineData("p-plain", NetworkAction.RequestSummary, "fritidsjob", false)]
    [InlineData("p-member", NetworkAction.RequestSummary, "no-such-forum", false)]
    // Agendas: the forum's chairs and members, managers, admins.
    [InlineData("p-chair", NetworkAction.ViewAgenda, "fritidsjob", true)]
    [InlineData("p-member", NetworkAction.ViewAgenda, "fritidsjob", true)]
    [InlineData("p-manager", NetworkAction.ViewAgenda, "fritidsjob", true)]
    [InlineData("p-admin", NetworkAction.ViewAgenda, "fritidsjob", true)]
    [InlineData("p-plain", NetworkAction.ViewAgenda, "fritidsjob", false)]
    [InlineData("p-admin", NetworkAction.ViewAgenda, "no-such-forum", false)]
    // Running a meeting: the forum's chairs only.
    [InlineData("p-chair", NetworkAction.RunMeeting, "fritidsjob", true)]
    [InlineData("p-member", NetworkAction.RunMeeting, "fritidsjob", false)]
    [InlineData("p-manager", NetworkAction.RunMeeting, "fritidsjob", false)]
    [InlineData("p-admin", NetworkAction.RunMeeting, "fritidsjob", false)]
    [InlineData("p-chair", NetworkAction.RunMeeting, "strategic", false)]
    // Proposing an item: the forum's chairs and members.
    [InlineData("p-chair", NetworkAction.ProposeItem, "fritidsjob", true)]
    [InlineData("p-member", NetworkAction.ProposeItem, "fritidsjob", true)]
    [InlineData("p-manager", NetworkAction.ProposeItem, "fritidsjob", false)]
    [InlineData("p-plain", NetworkAction.ProposeItem, "fritidsjob", false)]
    public void May_ByRole_AnswersAsDocumented(string personId, NetworkAction action, string? target, bool expected)
    {
        var person = Network.FindPerson(personId);

        Assert.Equal(expected, Network.May(person, action, target));
    }

    [Theory]
    [InlineData(NetworkAction.ViewNetwork)]
    [InlineData(NetworkAction.ViewDigest)]
    public void May_UnknownSender_IsAlwaysNo(NetworkAction action)
    {
        Assert.False(Network.May(null, action));
    }

    [Fact]
    public void May_PersonNotActiveInTheSnapshot_IsNo()
    {
        var formerAdmin = Network.FindPerson("p-admin")! with { Id = "p-gone" };

        Assert.False(Network.May(formerAdmin, NetworkAction.ViewDeliveryProblems));
    }
}
